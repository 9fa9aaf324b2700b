namespace Ctg.Host.Tests.Governance;

/// <summary>Two people working on the same séance: the second save is refused, not merged.</summary>
[Collection(SeanceTestData.Collection)]
public sealed class SeanceConcurrencyTests(InstalledPlatform fixture)
{
    private readonly InstalledPlatform _sessions = fixture;
    private readonly PlatformFactory _platform = fixture.Platform;

    [Fact]
    public async Task A_sheet_saved_meanwhile_by_someone_else_is_not_overwritten()
    {
        using var coordination = await _sessions.SignedInAsync(Accounts.Coordination);
        var instance = await SeanceTestData.CreateInstanceAsync(coordination, $"GAT émargement {Guid.NewGuid():N}");
        var member = SeanceTestData.AddPerson(_platform, "Agathe", "Simon", "CAF de l'Yonne");
        SeanceTestData.AddMember(_platform, instance, member, new DateOnly(2024, 1, 1));
        var seance = await SeanceTestData.CreateSeanceAsync(coordination, instance, new DateOnly(2025, 3, 12), "Tenue");
        var first = await coordination.OpenAsync($"/gouvernance/seances/{seance}/emargement");
        var second = await coordination.OpenAsync($"/gouvernance/seances/{seance}/emargement");

        var saved = await coordination.SubmitAndFollowAsync(first, new Dictionary<string, string> { ["Input.Members[0].Status"] = "Present" });
        Assert.Equal($"/gouvernance/seances/{seance}", saved.Path);
        var stale = await coordination.SubmitAndFollowAsync(second, new Dictionary<string, string> { ["Input.Members[0].Status"] = "Absent" });

        Assert.Contains("Cet élément a été modifié par quelqu'un d'autre", stale.Text);
        var page = await coordination.OpenAsync($"/gouvernance/seances/{seance}");
        Assert.Contains("Présent(e)", page.TextOf("#convoques"));
        Assert.DoesNotContain("Absent(e)", page.TextOf("#convoques"));
    }

    [Fact]
    public async Task An_agenda_item_edited_meanwhile_by_someone_else_is_not_overwritten()
    {
        using var coordination = await _sessions.SignedInAsync(Accounts.Coordination);
        var instance = await SeanceTestData.CreateInstanceAsync(coordination, $"GAT ordre du jour {Guid.NewGuid():N}");
        var seance = await SeanceTestData.CreateSeanceAsync(coordination, instance, new DateOnly(2025, 5, 20));
        var agenda = await coordination.OpenAsync($"/gouvernance/seances/{seance}/ordre-du-jour");
        var added = await coordination.SubmitAndFollowAsync(agenda, new Dictionary<string, string> { ["Input.Title"] = "Bilan des actions" }, "form#point");
        var edit = new Uri(added.Url, added.Document.QuerySelectorAll("a[href*='item=']").Single().GetAttribute("href")!).PathAndQuery;
        var first = await coordination.OpenAsync(edit);
        var second = await coordination.OpenAsync(edit);

        await coordination.SubmitAndFollowAsync(first, new Dictionary<string, string> { ["Input.Title"] = "Bilan annuel des actions" }, "form#point");
        var stale = await coordination.SubmitAndFollowAsync(second, new Dictionary<string, string> { ["Input.Title"] = "Questions diverses" }, "form#point");

        Assert.Contains("Cet élément a été modifié par quelqu'un d'autre", stale.Text);
        var page = await coordination.OpenAsync($"/gouvernance/seances/{seance}");
        Assert.Contains("Bilan annuel des actions", page.Text);
        Assert.DoesNotContain("Questions diverses", page.Text);
    }
}
