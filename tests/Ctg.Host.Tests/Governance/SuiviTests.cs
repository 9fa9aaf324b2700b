namespace Ctg.Host.Tests.Governance;

/// <summary>Open follow-ups of two instances, two owners, one of them linked to the Contributeur's account.</summary>
public sealed class SuiviTerritory : InstalledPlatform
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);
    public Guid Copil { get; private set; }
    public Guid Gat { get; private set; }
    public Guid Owner { get; private set; }

    public void Seed()
    {
        using var data = new FiguresData(Platform);
        var caf = data.Organisation("CAF de l'Yonne", "Caf");
        Owner = data.Person("Chloé", "Contributrice", caf, data.UserId(Accounts.Contributeur.Email));
        var other = data.Person("Bruno", "Bernard", caf);
        Copil = data.Instance("COPIL de la CTG", 1, "Copil");
        Gat = data.Instance("GAT Enfance-jeunesse", 3);
        var copilSeance = data.Seance(Copil, Today.AddMonths(-3), "Tenue");
        var gatSeance = data.Seance(Gat, Today.AddMonths(-2), "Tenue");
        var d1 = data.Decision(copilSeance, 1, "Lancer le diagnostic partagé");
        var d2 = data.Decision(gatSeance, 1, "Ouvrir un accueil de loisirs l'été");
        data.FollowUp(d1, "Rédiger le cahier des charges", Owner, Today.AddDays(20));
        data.FollowUp(d1, "Réunir les données CAF", other, Today.AddDays(-10), "EnCours");
        data.FollowUp(d2, "Chiffrer le besoin de places", Owner, Today.AddDays(-30));
        data.FollowUp(d2, "Trouver un local", null, null);
        data.FollowUp(d2, "Informer les familles", Owner, Today.AddDays(-60), "Faite", Today.AddDays(-61));
        data.FollowUp(d2, "Étude abandonnée", other, Today.AddDays(-40), "Abandonnee");
    }
}

public sealed class SuiviTests(SuiviTerritory territory) : IClassFixture<SuiviTerritory>, IAsyncLifetime
{
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

    private static List<string> Actions(HtmlPage page) =>
        page.Document.QuerySelectorAll("#suites tbody tr th").Select(th => HtmlPage.Normalize(th.TextContent)).ToList();

    [Fact]
    public async Task The_board_lists_open_follow_ups_of_every_instance_overdue_first_then_by_due_date()
    {
        using var browser = await territory.SignedInAsync(Accounts.Lecteur);
        var page = await browser.OpenAsync("/gouvernance/suivi");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Chiffrer le besoin de places", "Réunir les données CAF", "Rédiger le cahier des charges", "Trouver un local"], Actions(page));
        Assert.Equal(2, page.Document.QuerySelectorAll("#suites tbody tr.table-danger").Length);
        var first = HtmlPage.Normalize(page.Document.QuerySelector("#suites tbody tr")!.TextContent);
        Assert.Contains($"{SuiviTerritory.Today.AddDays(-30):dd/MM/yyyy} En retard", first);
        Assert.Contains("Chloé Contributrice", first);
        Assert.Contains("n° 1 : Ouvrir un accueil de loisirs l'été", first);
        Assert.Contains($"GAT Enfance-jeunesse, séance du {SuiviTerritory.Today.AddMonths(-2):dd/MM/yyyy}", first);
        Assert.Contains("Non attribuée", Rows(page).Last());
        Assert.Contains("4 suite(s) ouverte(s), dont 2 en retard", page.Text);
    }

    [Fact]
    public async Task The_board_filters_by_instance_and_by_owner()
    {
        using var browser = await territory.SignedInAsync(Accounts.Lecteur);
        var byInstance = await browser.OpenAsync($"/gouvernance/suivi?instance={territory.Copil}");
        Assert.Equal(["Réunir les données CAF", "Rédiger le cahier des charges"], Actions(byInstance));

        var byOwner = await browser.OpenAsync($"/gouvernance/suivi?responsable={territory.Owner}");
        Assert.Equal(["Chiffrer le besoin de places", "Rédiger le cahier des charges"], Actions(byOwner));
        Assert.Equal("Chloé Contributrice", byOwner.Document.QuerySelector("#responsable option[selected]")!.TextContent);

        var both = await browser.OpenAsync($"/gouvernance/suivi?instance={territory.Copil}&responsable={territory.Owner}");
        Assert.Equal(["Rédiger le cahier des charges"], Actions(both));
    }

    [Fact]
    public async Task My_follow_ups_are_those_of_the_person_linked_to_my_account()
    {
        using var browser = await territory.SignedInAsync(Accounts.Contributeur);
        var page = await browser.OpenAsync("/gouvernance/suivi/mes-suites");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Chiffrer le besoin de places", "Rédiger le cahier des charges"], Actions(page));
        Assert.Null(page.Document.QuerySelector("#sans-fiche"));
    }

    [Fact]
    public async Task Without_a_linked_person_the_page_explains_how_to_link_one()
    {
        using var browser = await territory.SignedInAsync(Accounts.Lecteur);
        var page = await browser.OpenAsync("/gouvernance/suivi/mes-suites");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("« C'est moi »", page.TextOf("#sans-fiche"));
        Assert.Equal("/gouvernance/annuaire", page.Document.QuerySelector("#sans-fiche a")!.GetAttribute("href"));
        Assert.Empty(Actions(page));
    }

    private static List<string> Rows(HtmlPage page) =>
        page.Document.QuerySelectorAll("#suites tbody tr").Select(r => HtmlPage.Normalize(r.TextContent)).ToList();
}
