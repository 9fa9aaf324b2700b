using Ctg.Sdk;

namespace Ctg.Host.Tests;

/// <summary>
/// Requests that once ended in an error 500 get their own status and the French error page: a form sent to a
/// page that takes none, an agenda address of an instance or a feed that does not exist, an absurd date.
/// </summary>
public sealed class ErrorStatusTests : IClassFixture<ErrorStatusTests.Demo>
{
    private readonly Demo _demo;

    public ErrorStatusTests(Demo demo) => _demo = demo;

    public sealed class Demo : IAsyncLifetime
    {
        public PlatformFactory Platform { get; private set; } = null!;

        public async Task InitializeAsync() => Platform = await DemoPlatform.StartAsync();

        public async Task DisposeAsync() => await Platform.DisposeAsync();
    }

    [Fact]
    public async Task A_form_sent_to_a_page_that_takes_none_is_refused_with_405_and_the_French_page_in_every_module()
    {
        using var coordination = await _demo.Platform.SignedInAsync(DemoPlatform.Coordination);
        var instance = await FirstLinkAsync(coordination, "/gouvernance", "/gouvernance/instances/");
        var seance = await FirstLinkAsync(coordination, instance, "/gouvernance/seances/");
        var fiche = await FirstLinkAsync(coordination, "/methodologie/fiches", "/methodologie/fiches/");
        var dispositif = await FirstLinkAsync(coordination, "/dispositifs", "/dispositifs/");

        foreach (var path in new[]
        {
            "/", "/gouvernance", "/gouvernance/tableau-de-bord", instance, seance, "/gouvernance/calendrier", "/gouvernance/suivi",
            "/methodologie", "/methodologie/fiches", fiche, fiche + "/imprimer", "/methodologie/plans", "/methodologie/tableau-de-bord",
            "/dispositifs", dispositif, "/evaluation", "/gouvernance/tableau-de-bord?handler=Inconnu",
        })
        {
            using var response = await PostAsync(coordination, path);
            var page = await Browser.ReadAsync(response, new Uri(coordination.Client.BaseAddress!, path));
            Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, $"POST {path} : {(int)response.StatusCode}.");
            Assert.Contains("Action impossible sur cette page", page.TextOf("main h1"));
            Assert.Contains("rien n'a été enregistré", page.Text);
        }

        // A page's own forms still reach their handlers.
        using var agenda = await PostAsync(coordination, instance + "/agenda?handler=Creer");
        Assert.Equal(HttpStatusCode.Redirect, agenda.StatusCode);
    }

    [Fact]
    public async Task The_agenda_of_an_unknown_instance_or_an_unknown_feed_answers_404_with_the_French_page()
    {
        using var coordination = await _demo.Platform.SignedInAsync(DemoPlatform.Coordination);
        var instance = await FirstLinkAsync(coordination, "/gouvernance", "/gouvernance/instances/");
        var unknown = Guid.NewGuid();

        foreach (var path in new[]
        {
            $"/gouvernance/instances/{unknown}/agenda?handler=Creer",
            $"/gouvernance/instances/{unknown}/agenda?handler=Revoquer&feedId={Guid.NewGuid()}",
            $"{instance}/agenda?handler=Revoquer&feedId={Guid.NewGuid()}",
        })
        {
            using var response = await PostAsync(coordination, path);
            var page = await Browser.ReadAsync(response, new Uri(coordination.Client.BaseAddress!, path));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"POST {path} : {(int)response.StatusCode}.");
            Assert.Equal("Page introuvable", page.TextOf("main h1"));
        }
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("1899-12-31")]
    public async Task An_absurd_date_is_refused_next_to_its_field_in_the_forms_of_every_module_and_nothing_is_saved(string absurd)
    {
        using var coordination = await _demo.Platform.SignedInAsync(DemoPlatform.Coordination);
        var instance = await FirstLinkAsync(coordination, "/gouvernance", "/gouvernance/instances/");
        var expected = PlausibleDates.Message(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, French.TimeZone)));
        var seances = Count("Gov_Seances");
        var dispositifs = Count("Dsp_Dispositifs");
        var fiches = Count("Met_FichesActions");

        var seance = await coordination.SubmitAndFollowAsync(await coordination.OpenAsync(instance + "/seances/nouvelle"),
            new Dictionary<string, string> { ["Input.Date"] = absurd });
        Assert.Equal(expected, FieldError(seance, "Input.Date"));

        var dispositif = await coordination.SubmitAndFollowAsync(await coordination.OpenAsync("/dispositifs/nouveau"),
            new Dictionary<string, string> { ["Input.Name"] = "Dispositif daté", ["Input.Start"] = "2026-01-01", ["Input.End"] = absurd });
        Assert.Equal(expected, FieldError(dispositif, "Input.End"));

        var fiche = await coordination.SubmitAndFollowAsync(await coordination.OpenAsync("/methodologie/fiches/nouvelle"),
            new Dictionary<string, string> { ["Input.Title"] = "Fiche datée", ["Input.Deadline"] = absurd, ["Input.Jalons[0].Title"] = "Jalon", ["Input.Jalons[0].DueOn"] = absurd });
        Assert.Equal(expected, FieldError(fiche, "Input.Deadline"));
        Assert.Equal(expected, FieldError(fiche, "Input.Jalons[0].DueOn"));

        Assert.Equal(seances, Count("Gov_Seances"));
        Assert.Equal(dispositifs, Count("Dsp_Dispositifs"));
        Assert.Equal(fiches, Count("Met_FichesActions"));

        // A plausible date still goes through.
        using var saved = await coordination.SubmitAsync(await coordination.OpenAsync(instance + "/seances/nouvelle"),
            new Dictionary<string, string> { ["Input.Date"] = DateTime.Today.AddYears(1).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(seances + 1, Count("Gov_Seances"));
    }

    private static string FieldError(HtmlPage page, string field)
    {
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return HtmlPage.Normalize(page.Document.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent ?? "");
    }

    private long Count(string table)
    {
        using var connection = _demo.Platform.OpenDatabase();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Posts with the page's antiforgery token (the sign-out form of the layout carries one), as a browser would.</summary>
    private static async Task<HttpResponseMessage> PostAsync(Browser browser, string path)
    {
        var home = await browser.OpenAsync("/");
        var token = home.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await browser.Client.PostAsync(path, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
    }

    private static async Task<string> FirstLinkAsync(Browser browser, string page, string prefix)
    {
        var links = DemoPlatform.LinksOf(await browser.OpenAsync(page))
            .Where(l => l.StartsWith(prefix, StringComparison.Ordinal) && Guid.TryParse(l[prefix.Length..].Split('/', '?')[0], out _));
        return links.FirstOrDefault() ?? throw new InvalidOperationException($"Aucun lien {prefix}… sur {page}.");
    }
}
