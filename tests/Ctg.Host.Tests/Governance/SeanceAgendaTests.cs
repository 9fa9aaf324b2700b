namespace Ctg.Host.Tests.Governance;

/// <summary>The ordre du jour: items in order, moved and removed; fiches actions offered only when Methodology runs.</summary>
[Collection(SeanceTestData.Collection)]
public sealed class SeanceAgendaTests(InstalledPlatform fixture)
{
    private readonly InstalledPlatform _sessions = fixture;
    private readonly PlatformFactory _platform = fixture.Platform;

    [Fact]
    public async Task Items_are_added_moved_and_removed_in_order()
    {
        using var coordination = await _sessions.SignedInAsync(Accounts.Coordination);
        var instance = await SeanceTestData.CreateInstanceAsync(coordination, $"GAT {Guid.NewGuid():N}");
        var seance = await SeanceTestData.CreateSeanceAsync(coordination, instance, new DateOnly(2025, 5, 14));
        var path = $"/gouvernance/seances/{seance}/ordre-du-jour";
        foreach (var title in new[] { "Accueil", "Bilan du RPE", "Questions diverses" })
        {
            await coordination.SubmitAsync(await coordination.OpenAsync(path), new Dictionary<string, string> { ["Input.Title"] = title }, "form#point");
        }

        var page = await coordination.OpenAsync(path);
        Assert.NotNull(page.Document.QuerySelector("#point label[for='Input_FicheReference']"));
        await coordination.SubmitAsync(page, new Dictionary<string, string>(), "tr.agenda-item:nth-child(3) form[action*='handler=Move'][action*='up=true']");
        page = await coordination.OpenAsync(path);
        await coordination.SubmitAsync(page, new Dictionary<string, string>(), "tr.agenda-item:nth-child(1) form[action*='handler=Remove']");

        var titles = (await coordination.OpenAsync($"/gouvernance/seances/{seance}")).Document.QuerySelectorAll("ol.agenda strong").Select(e => e.TextContent).ToList();
        Assert.Equal(["Questions diverses", "Bilan du RPE"], titles);
    }

    [Fact]
    public async Task An_item_needs_a_title()
    {
        using var coordination = await _sessions.SignedInAsync(Accounts.Coordination);
        var instance = await SeanceTestData.CreateInstanceAsync(coordination, $"GAT {Guid.NewGuid():N}");
        var seance = await SeanceTestData.CreateSeanceAsync(coordination, instance, new DateOnly(2025, 5, 14));

        var page = await coordination.SubmitAndFollowAsync(await coordination.OpenAsync($"/gouvernance/seances/{seance}/ordre-du-jour"),
            new Dictionary<string, string> { ["Input.Title"] = "", ["Input.DurationMinutes"] = "0" }, "form#point");

        Assert.Contains("Donnez un intitulé au point.", page.Errors);
        Assert.Contains("La durée va de 1 à 600 minutes.", page.Errors);
    }
}

public sealed class PlatformWithoutMethodology : InstalledPlatform
{
    protected override PlatformOptions Options => new() { DisabledModules = [Sdk.ModuleIds.Methodology] };
}

[Collection(SeanceTestData.Collection)]
public sealed class SeanceAgendaWithoutMethodologyTests(PlatformWithoutMethodology fixture) : IClassFixture<PlatformWithoutMethodology>
{
    [Fact]
    public async Task Without_methodology_the_agenda_says_fiches_are_unavailable_and_still_saves()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var instance = await SeanceTestData.CreateInstanceAsync(coordination, $"GAT {Guid.NewGuid():N}");
        var seance = await SeanceTestData.CreateSeanceAsync(coordination, instance, new DateOnly(2025, 5, 14));
        var path = $"/gouvernance/seances/{seance}/ordre-du-jour";

        var page = await coordination.OpenAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Module désactivé : les fiches actions ne sont pas disponibles", page.TextOf(".fiches-unavailable"));
        Assert.Null(page.Document.QuerySelector("select[name='Input.FicheReference']"));

        await coordination.SubmitAsync(page, new Dictionary<string, string> { ["Input.Title"] = "Bilan annuel" }, "form#point");
        Assert.Contains("Bilan annuel", (await coordination.OpenAsync(path)).TextOf("tr.agenda-item"));
    }
}
