namespace Ctg.Host.Tests.Governance;

/// <summary>The convocation to print: the séance, its ordre du jour and the members convened.</summary>
[Collection(SeanceTestData.Collection)]
public sealed class SeancePrintTests(InstalledPlatform fixture)
{
    private readonly InstalledPlatform _sessions = fixture;
    private readonly PlatformFactory _platform = fixture.Platform;

    [Fact]
    public async Task The_printable_convocation_lists_the_agenda_and_the_members_convened_on_that_date()
    {
        using var coordination = await _sessions.SignedInAsync(Accounts.Coordination);
        var name = $"COTECH convocation {Guid.NewGuid():N}";
        var instance = await SeanceTestData.CreateInstanceAsync(coordination, name);
        var member = SeanceTestData.AddPerson(_platform, "Hugo", "Lemaire", "CAF de l'Yonne");
        var former = SeanceTestData.AddPerson(_platform, "Iris", "Garnier");
        SeanceTestData.AddMember(_platform, instance, member, new DateOnly(2024, 1, 1));
        SeanceTestData.AddMember(_platform, instance, former, new DateOnly(2024, 1, 1), left: new DateOnly(2026, 1, 31));
        var seance = await SeanceTestData.CreateSeanceAsync(coordination, instance, new DateOnly(2026, 12, 9), place: "Mairie de Sergines");
        var agenda = await coordination.OpenAsync($"/gouvernance/seances/{seance}/ordre-du-jour");
        await coordination.SubmitAndFollowAsync(agenda, new Dictionary<string, string>
        {
            ["Input.Title"] = "Préparation du bilan annuel",
            ["Input.DurationMinutes"] = "45",
        }, "form#point");

        var print = await coordination.OpenAsync($"/gouvernance/seances/{seance}/imprimer/convocation");

        Assert.Equal(HttpStatusCode.OK, print.Status);
        var sheet = print.TextOf(".print-sheet");
        Assert.Contains(name, sheet);
        Assert.Contains("9 décembre 2026", sheet);
        Assert.Contains("Mairie de Sergines", sheet);
        Assert.Contains("Préparation du bilan annuel", sheet);
        Assert.Contains("Hugo Lemaire (CAF de l'Yonne)", sheet);
        Assert.DoesNotContain("Iris Garnier", sheet);
        Assert.NotNull(print.Document.QuerySelector("button[data-print]"));
    }
}
