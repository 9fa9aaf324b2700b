using Ctg.Host.Tests.Governance;
using Ctg.Sdk;
using Ctg.Sdk.Messages.Evaluation;
using Ctg.Sdk.Messages.Methodology;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Host.Tests.Methodology;

/// <summary>What Methodology answers other modules through the Sdk, and what Evaluation makes of it.</summary>
[Collection(FichesCollection.Name)]
public sealed class MethodologyMessagesTests(MethodologyPlatform fixture)
{
    private readonly PlatformFactory _platform = fixture.Platform;

    [Fact]
    public async Task Fiche_summaries_carry_status_deadline_and_progress_in_plan_order()
    {
        var prefix = MethodologyData.NewNumber();
        Guid ten, two;
        using (var data = new MethodologyData(_platform))
        {
            ten = data.Fiche($"{prefix}.10", "Relais petite enfance itinérant", "Realisee", 100, deadline: new DateOnly(2026, 6, 30), diagnostic: new string('x', 5000));
            two = data.Fiche($"{prefix}.2", "Lieu d'accueil enfants-parents", "EnCours", 45, deadline: new DateOnly(2027, 3, 31));
        }

        var summaries = (await DirectoryMessagesTests.AskAsync(_platform, new ListFicheSummaries())).Value!;

        var mine = summaries.Where(s => s.Number.StartsWith(prefix + ".")).ToList();
        Assert.Equal(
        [
            new FicheSummary($"fiche:{two:N}", $"{prefix}.2", "Lieu d'accueil enfants-parents", "En cours", new DateOnly(2027, 3, 31), 45),
            new FicheSummary($"fiche:{ten:N}", $"{prefix}.10", "Relais petite enfance itinérant", "Réalisée", new DateOnly(2026, 6, 30), 100),
        ], mine);

        var counts = (await DirectoryMessagesTests.AskAsync(_platform, new CountFichesByStatus())).Value!;
        Assert.Equal(summaries.Count, counts.Total);
        Assert.Equal(summaries.Count(s => s.Status == "Réalisée"), counts.ByStatus.Single(s => s.Key == "Réalisée").Value);
    }

    [Fact]
    public async Task Deadlines_kept_count_jalons_done_in_time_and_fiches_realised_by_their_echeance()
    {
        // A past year of its own, so that no other test's data falls in it.
        const int year = 2003;
        using (var data = new MethodologyData(_platform))
        {
            var fiche = data.Fiche(MethodologyData.NewNumber(), "Schéma des modes d'accueil", "EnCours", 50, deadline: new DateOnly(year, 10, 31));  // missed
            data.Jalon(fiche, "Diagnostic", new DateOnly(year, 3, 1), new DateOnly(year, 2, 28));        // kept
            data.Jalon(fiche, "Concertation", new DateOnly(year, 4, 1), new DateOnly(year, 4, 5));       // missed: late
            data.Jalon(fiche, "Restitution", new DateOnly(year, 5, 1));                                  // missed: not done
            data.Jalon(fiche, "Bilan", new DateOnly(year + 1, 1, 15), new DateOnly(year + 1, 1, 10));    // outside the period

            var onTime = data.Fiche(MethodologyData.NewNumber(), "Guide des aides aux familles", "Realisee", 100, deadline: new DateOnly(year, 6, 30));
            data.Change(onTime, new DateTimeOffset(year, 6, 20, 9, 0, 0, TimeSpan.Zero), "Statut", "En cours", "Réalisée");  // kept
            var late = data.Fiche(MethodologyData.NewNumber(), "Forum des associations", "Realisee", 100, deadline: new DateOnly(year, 6, 30));
            data.Change(late, new DateTimeOffset(year, 6, 10, 9, 0, 0, TimeSpan.Zero), "Statut", "À lancer", "Réalisée");
            data.Change(late, new DateTimeOffset(year, 6, 15, 9, 0, 0, TimeSpan.Zero), "Statut", "Réalisée", "En cours");
            data.Change(late, new DateTimeOffset(year, 7, 10, 9, 0, 0, TimeSpan.Zero), "Statut", "En cours", "Réalisée");  // missed: réalisée after
            data.Fiche(MethodologyData.NewNumber(), "Annuaire des partenaires", "Realisee", 100, deadline: new DateOnly(year, 9, 30));       // kept: no history
        }

        var answer = await DirectoryMessagesTests.AskAsync(_platform, new GetDeadlinesKept(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)));

        Assert.True(answer.IsAvailable);
        Assert.Equal(new DeadlinesKept(7, 3, 4), answer.Value);
        var firstHalf = (await DirectoryMessagesTests.AskAsync(_platform, new GetDeadlinesKept(new DateOnly(year, 1, 1), new DateOnly(year, 6, 30)))).Value!;
        Assert.Equal(new DeadlinesKept(5, 2, 3), firstHalf);
    }

    [Fact]
    public async Task A_fiche_realised_on_its_page_is_in_the_journal_of_evaluation_and_counts_as_a_deadline_kept()
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        var number = MethodologyData.NewNumber();
        Guid fiche;
        using (var data = new MethodologyData(_platform))
        {
            fiche = data.Fiche(number, "Semaine de la parentalité", "EnCours", 80, deadline: today);
        }
        var before = (await DirectoryMessagesTests.AskAsync(_platform, new GetDeadlinesKept(today, today))).Value!;
        using var coordinator = await fixture.SignedInAsync(Accounts.Coordination);

        var form = await coordinator.OpenAsync($"/methodologie/fiches/{fiche}/avancement");
        var saved = await coordinator.SubmitAndFollowAsync(form, new Dictionary<string, string> { ["Input.Status"] = "Realisee", ["Input.Progress"] = "100" });

        Assert.Equal("", saved.Errors);
        var journal = (await coordinator.OpenAsync("/evaluation")).TextOf("section[aria-labelledby=journal]");
        Assert.Contains($"Fiche action n° {number}, Semaine de la parentalité : statut « En cours » devenu « Réalisée »", journal);
        var after = (await DirectoryMessagesTests.AskAsync(_platform, new GetDeadlinesKept(today, today))).Value!;
        Assert.Equal(before.Due, after.Due);
        Assert.Equal(before.KeptOnTime + 1, after.KeptOnTime);
    }

    [Fact]
    public async Task A_status_change_and_a_jalon_reached_appear_in_the_journal_of_evaluation()
    {
        var number = MethodologyData.NewNumber();
        await using (var scope = _platform.Services.CreateAsyncScope())
        {
            var bus = scope.ServiceProvider.GetRequiredService<IModuleBus>();
            await bus.PublishAsync(new FicheStatusChanged(Guid.NewGuid(), number, "Accueil des adolescents", "En cours", "Réalisée", DateOnly.FromDateTime(DateTime.Today)));
            await bus.PublishAsync(new JalonReached(Guid.NewGuid(), number, Guid.NewGuid(), "Ouverture du local jeunes", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 9), Late: true));
        }

        using var reader = await fixture.SignedInAsync(Accounts.Lecteur);
        var journal = (await reader.OpenAsync("/evaluation")).TextOf("section[aria-labelledby=journal]");

        Assert.Contains($"Fiche action n° {number}, Accueil des adolescents : statut « En cours » devenu « Réalisée »", journal);
        Assert.Contains($"Jalon atteint en retard : Ouverture du local jeunes (fiche action n° {number}, prévu le 01/03/2026)", journal);
    }
}

/// <summary>The indicators Evaluation answers, computed from what Governance and Methodology answer: they count every row, on a platform of their own.</summary>
public sealed class MethodologyMessagesIndicatorsTests(InstalledPlatform fixture) : IClassFixture<InstalledPlatform>
{
    private readonly PlatformFactory _platform = fixture.Platform;
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);

    [Fact]
    public async Task Indicators_are_computed_from_the_modules_answers_over_the_current_year()
    {
        using (var data = new FiguresData(_platform))
        {
            var commune = data.Organisation("Commune de Sens", "Commune");
            var caf = data.Organisation("CAF de l'Yonne", "Caf");
            var copil = data.Instance("COPIL de la CTG", 1, "Copil");
            var seance = data.Seance(copil, Today, "Tenue");
            data.Seance(copil, Today.AddYears(-1), "Tenue");
            for (var i = 0; i < 3; i++)
            {
                data.Attendance(seance, data.Person("Élu", $"Présent {i}", commune), "Present", (commune, "Commune de Sens", "Commune"));
            }
            data.Attendance(seance, data.Person("Agent", "Absent", caf), "Absent", (caf, "CAF de l'Yonne", "Caf"));
            var decision = data.Decision(seance, 1, "Adopter le plan d'actions");
            data.FollowUp(decision, "Diffuser le plan", null, Today, "Faite", Today);
        }
        using (var data = new MethodologyData(_platform))
        {
            var done = data.Fiche(MethodologyData.NewNumber(), "Relais petite enfance", "Realisee", 100);
            data.Jalon(done, "Ouverture", Today, Today);
            data.Fiche(MethodologyData.NewNumber(), "Accueil de loisirs", "EnCours", 30, deadline: Today);
            data.Fiche(MethodologyData.NewNumber(), "Parentalité", "ALancer");
            data.Fiche(MethodologyData.NewNumber(), "Accès aux droits", "Bloquee");
        }

        var indicators = (await DirectoryMessagesTests.AskAsync(_platform, new ListIndicators())).Value!.ToDictionary(i => i.Reference);

        var period = Today.Year.ToString();
        Assert.All(indicators.Values, i => Assert.Equal(period, i.Period));
        Assert.Equal(
            ["indicateur:seances-tenues", "indicateur:taux-participation", "indicateur:decisions-prises", "indicateur:suites-dans-les-delais",
             "indicateur:fiches-realisees", "indicateur:echeances-tenues"],
            indicators.Keys);
        Assert.Equal((1.0, "1 séance"), (indicators["indicateur:seances-tenues"].Value, indicators["indicateur:seances-tenues"].Display));
        Assert.Equal(75.0, indicators["indicateur:taux-participation"].Value);
        Assert.Equal("75 %", HtmlPage.Normalize(indicators["indicateur:taux-participation"].Display));
        Assert.Equal("1 décision", indicators["indicateur:decisions-prises"].Display);
        Assert.Equal(100.0, indicators["indicateur:suites-dans-les-delais"].Value);
        Assert.Equal(25.0, indicators["indicateur:fiches-realisees"].Value);
        Assert.Equal("%", indicators["indicateur:fiches-realisees"].Unit);
        // The jalon done today is kept; the fiche due today and still en cours is not.
        Assert.Equal(50.0, indicators["indicateur:echeances-tenues"].Value);
    }

    [Fact]
    public async Task Without_methodology_its_indicators_are_not_available_and_the_others_still_are()
    {
        await using var platform = await PlatformFactory.StartAsync(new PlatformOptions { DisabledModules = [ModuleIds.Methodology] });

        var indicators = (await DirectoryMessagesTests.AskAsync(platform, new ListIndicators())).Value!.ToDictionary(i => i.Reference);

        foreach (var reference in new[] { "indicateur:fiches-realisees", "indicateur:echeances-tenues", "indicateur:taux-participation" })
        {
            Assert.Null(indicators[reference].Value);
            Assert.Equal("non disponible", indicators[reference].Display);
        }
        // Governance runs: nothing held this year on a fresh platform is a measured zero.
        Assert.Equal(0.0, indicators["indicateur:seances-tenues"].Value);
        Assert.Equal("0 séance", indicators["indicateur:seances-tenues"].Display);
    }
}
