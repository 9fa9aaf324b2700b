using Ical.Net;

namespace Ctg.Host.Tests.Governance;

/// <summary>
/// A GAT whose séances lie around today: two planned, one cancelled, one held three months ago, one held
/// more than a year ago; and a COPIL planned next month. The Contributeur animates the GAT.
/// </summary>
public sealed class CalendrierTerritory : InstalledPlatform
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);
    public Guid Gat { get; private set; }
    public Guid Copil { get; private set; }
    public Guid Next { get; private set; }

    public void Seed()
    {
        using var data = new FiguresData(Platform);
        var epci = data.Organisation("CC Yonne Nord", "Epci");
        var animator = data.Person("Chloé", "Contributrice", epci, data.UserId(Accounts.Contributeur.Email));
        Gat = data.Instance("GAT Parentalité", 3);
        Copil = data.Instance("COPIL de la CTG", 1, "Copil");
        data.Member(Gat, animator, Today.AddYears(-1), "Animateur");
        Next = data.Seance(Gat, Today.AddDays(10), "Planifiee", new TimeOnly(14, 0), new TimeOnly(16, 30), "Mairie de Sens");
        data.Seance(Gat, Today.AddDays(40), "Planifiee");
        data.Seance(Gat, Today.AddDays(20), "Annulee", place: "Séance annulée");
        data.Seance(Gat, Today.AddMonths(-3), "Tenue", place: "Salle des fêtes");
        data.Seance(Gat, Today.AddMonths(-13), "Tenue", place: "Trop ancienne");
        data.Seance(Copil, Today.AddMonths(1), "Planifiee", place: "Siège de la CC Yonne Nord");
    }
}

public sealed class CalendrierTests(CalendrierTerritory territory) : IClassFixture<CalendrierTerritory>, IAsyncLifetime
{
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static bool _seeded;

    public Task InitializeAsync()
    {
        if (!_seeded)
        {
            territory.Seed();
            _seeded = true;
        }
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_calendar_lists_the_coming_planned_seances_by_month_in_french()
    {
        using var browser = await territory.SignedInAsync(Accounts.Lecteur);
        var page = await browser.OpenAsync("/gouvernance/calendrier");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var next = CalendrierTerritory.Today.AddDays(10);
        var headings = page.Document.QuerySelectorAll("main h2").Select(h => HtmlPage.Normalize(h.TextContent)).ToList();
        Assert.Equal($"{Months[next.Month - 1]} {next.Year}", headings[0]);
        var rows = page.Document.QuerySelectorAll("tr[data-seance]").ToList();
        Assert.Equal(3, rows.Count); // cancelled and held séances are not coming séances
        var first = rows[0];
        Assert.Equal($"/gouvernance/seances/{territory.Next}", first.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(next.ToString("dd/MM/yyyy"), first.TextContent);
        Assert.Contains("14h00 – 16h30", HtmlPage.Normalize(first.TextContent));
        Assert.Contains("GAT Parentalité", first.TextContent);
        Assert.Contains("Mairie de Sens", first.TextContent);
        Assert.DoesNotContain("Séance annulée", page.Text);
        Assert.Contains("COPIL de la CTG", page.Text);
    }

    [Fact]
    public async Task A_feed_address_works_without_signing_in_until_it_is_revoked()
    {
        using var coordination = await territory.SignedInAsync(Accounts.Coordination);
        var agenda = await coordination.OpenAsync($"/gouvernance/instances/{territory.Gat}/agenda");
        Assert.Equal(HttpStatusCode.OK, agenda.Status);
        var withFeed = await coordination.SubmitAndFollowAsync(agenda, new Dictionary<string, string>(), "#creer");
        var url = new Uri(withFeed.Document.QuerySelector("#adresses input")!.GetAttribute("value")!);
        var token = url.AbsolutePath["/gouvernance/agenda/".Length..^".ics".Length];
        Assert.True(token.Length >= 32, token);
        Assert.Matches("^[A-Za-z0-9_-]+$", token);

        using var calendarApplication = territory.Platform.NewBrowser(); // no cookie
        using (var response = await calendarApplication.GetAsync(url.PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
            var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
            var events = calendar.Events.OrderBy(e => e.DtStart!.Value).ToList();
            // Held 3 months ago, planned in 10 and 40 days; neither the cancelled one, nor the one of 13 months ago, nor the COPIL's.
            Assert.Equal(3, events.Count);
            var next = events[1];
            Assert.Equal("GAT Parentalité", next.Summary);
            Assert.Equal("Mairie de Sens", next.Location);
            Assert.Equal(CalendrierTerritory.Today.AddDays(10).ToDateTime(new TimeOnly(14, 0)), next.DtStart!.Value);
            Assert.Equal("Europe/Paris", next.DtStart.TzId);
            Assert.Equal(CalendrierTerritory.Today.AddDays(10).ToDateTime(new TimeOnly(16, 30)), next.DtEnd!.Value);
            Assert.Contains($"/gouvernance/seances/{territory.Next}", next.Description);
            Assert.Equal("GAT Parentalité (séance tenue)", events[0].Summary);
            Assert.Equal(events.Count, events.Select(e => e.Uid).Distinct().Count());
        }

        var revoked = await coordination.SubmitAndFollowAsync(withFeed, new Dictionary<string, string>(), "#adresses form");
        Assert.Contains("Aucune adresse d'abonnement n'est en service", revoked.Text);
        Assert.Contains("révoquée le", revoked.Text);
        using (var response = await calendarApplication.GetAsync(url.PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task An_unknown_token_is_not_found()
    {
        using var visitor = territory.Platform.NewBrowser();
        using var response = await visitor.GetAsync("/gouvernance/agenda/inconnu-0123456789abcdefghijklmnopqrstuv.ics");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Feed_addresses_are_managed_by_coordination_and_the_instances_animator_only()
    {
        using var animator = await territory.SignedInAsync(Accounts.Contributeur);
        Assert.Equal(HttpStatusCode.OK, (await animator.OpenAsync($"/gouvernance/instances/{territory.Gat}/agenda")).Status);
        using (var other = await animator.GetAsync($"/gouvernance/instances/{territory.Copil}/agenda"))
        {
            Assert.NotEqual(HttpStatusCode.OK, other.StatusCode);
            Assert.Equal("/acces-refuse", Browser.RedirectPath(other));
        }

        using var reader = await territory.SignedInAsync(Accounts.Lecteur);
        using (var response = await reader.GetAsync($"/gouvernance/instances/{territory.Gat}/agenda"))
        {
            Assert.Equal("/acces-refuse", Browser.RedirectPath(response));
        }
        using var coordination = await territory.SignedInAsync(Accounts.Coordination);
        using (var missing = await coordination.GetAsync($"/gouvernance/instances/{Guid.NewGuid()}/agenda"))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
    }
}
