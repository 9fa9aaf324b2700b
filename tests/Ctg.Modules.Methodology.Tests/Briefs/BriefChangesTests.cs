using Ctg.Modules.Methodology.Briefs;
using Ctg.Modules.Methodology.Domain;
using Xunit;

namespace Ctg.Modules.Methodology.Tests.Briefs;

public class BriefChangesTests
{
    private static readonly Guid F1 = Guid.NewGuid(), F2 = Guid.NewGuid(), F3 = Guid.NewGuid(), F4 = Guid.NewGuid(), Elsewhere = Guid.NewGuid();
    private static readonly DateTimeOffset From = new(2026, 3, 12, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2026, 6, 4, 10, 0, 0, TimeSpan.Zero);

    private static BriefFicheState State(Guid id, string number, FicheStatus status, int progress, DateOnly? deadline = null) =>
        new() { FicheId = id, Number = number, Title = $"Fiche numéro {number}", Status = status, Progress = progress, Deadline = deadline };

    private static readonly BriefFicheState[] Previous =
    [
        State(F1, "1", FicheStatus.EnCours, 20),
        State(F2, "2", FicheStatus.ALancer, 0),
        State(F3, "3", FicheStatus.EnCours, 50),
    ];

    private static readonly BriefFicheState[] Current =
    [
        State(F4, "4", FicheStatus.ALancer, 0),
        State(F1, "1", FicheStatus.Realisee, 100),
        State(F2, "2", FicheStatus.ALancer, 0),
    ];

    private static readonly HistoryLine[] History =
    [
        new(F1, From.AddHours(1), "Camille Coordinatrice", "Statut"),
        new(F1, From.AddHours(3), "Chloé Contributrice", "Statut"),
        new(F1, From.AddHours(2), "Camille Coordinatrice", "Avancement"),
        new(F3, To, "Camille Coordinatrice", "Pilote"),
        new(F2, From, "Camille Coordinatrice", "Échéance"),
        new(F2, To.AddSeconds(1), "Camille Coordinatrice", "Échéance"),
        new(Elsewhere, From.AddHours(1), "Camille Coordinatrice", "Statut"),
    ];

    [Fact]
    public void Status_and_progress_changes_new_fiches_and_fiches_that_left_are_found_by_comparing_the_snapshots()
    {
        var changes = BriefChanges.Compare(Previous, Current, [], From, To);

        var status = Assert.Single(changes.StatusChanges);
        Assert.Equal((FicheStatus.EnCours, FicheStatus.Realisee), (status.Before.Status, status.After.Status));
        Assert.Equal("Fiche 1 – Fiche numéro 1 : En cours → Réalisée", BriefDocument.StatusLine(status));
        var progress = Assert.Single(changes.ProgressChanges);
        Assert.Equal(80, progress.Delta);
        Assert.Equal("Fiche 1 – Fiche numéro 1 : 20\u00A0% → 100\u00A0% (+80 points)", BriefDocument.ProgressLine(progress));
        Assert.Equal("4", Assert.Single(changes.NewFiches).Number);
        Assert.Equal("3", Assert.Single(changes.LeftFiches).Number);
        Assert.False(changes.IsEmpty);
    }

    [Fact]
    public void The_history_between_the_two_briefs_is_summed_up_per_fiche_of_either_snapshot()
    {
        var histories = BriefChanges.Compare(Previous, Current, History, From, To).Histories;

        // Fiche 2's lines fall exactly on the previous brief and after this one: not counted.
        Assert.Equal(["1", "3"], histories.Select(h => h.Number).ToArray());
        var first = histories[0];
        Assert.Equal(3, first.Changes);
        Assert.Equal(["Statut", "Avancement"], first.Fields);
        Assert.Equal(["Camille Coordinatrice", "Chloé Contributrice"], first.Authors);
        Assert.Equal("Fiche 1 – Fiche numéro 1 : 3 modification(s) (Statut, Avancement) par Camille Coordinatrice, Chloé Contributrice",
            BriefDocument.HistoryLineText(first));
        // A fiche that left the perimeter keeps the title it had.
        Assert.Equal("Fiche numéro 3", histories[1].Title);
    }

    [Fact]
    public void Identical_snapshots_without_history_change_nothing()
    {
        var changes = BriefChanges.Compare(Current, Current, [], From, To);

        Assert.True(changes.IsEmpty);
    }

    [Fact]
    public void A_lower_progress_reads_as_a_loss()
    {
        var change = Assert.Single(BriefChanges.Compare([State(F1, "1", FicheStatus.EnCours, 60)], [State(F1, "1", FicheStatus.EnCours, 45)], [], From, To).ProgressChanges);

        Assert.Equal("Fiche 1 – Fiche numéro 1 : 60\u00A0% → 45\u00A0% (−15 points)", BriefDocument.ProgressLine(change));
    }

    [Fact]
    public void Overdue_on_the_brief_date_counts_open_fiches_and_jalons_not_done_by_then()
    {
        var asOf = new DateOnly(2026, 3, 12);
        BriefFicheState[] states =
        [
            State(F1, "1", FicheStatus.EnCours, 30, new(2026, 3, 1)),
            State(F2, "2", FicheStatus.Realisee, 100, new(2026, 2, 1)),
            State(F3, "3", FicheStatus.EnCours, 10, asOf),
        ];
        BriefJalon[] jalons =
        [
            new(F1, "Premier comité", new(2026, 3, 1), null),
            new(F3, "Questionnaire", new(2026, 3, 10), new(2026, 3, 20)),
            new(F3, "Réunion publique", new(2026, 3, 10), asOf),
            new(F2, "Impression", new(2026, 1, 1), null),
        ];

        var overdue = BriefOverdue.AsOf(states, jalons, asOf);

        Assert.Equal("1", Assert.Single(overdue.Fiches).Number);
        Assert.Equal(["Premier comité", "Questionnaire"], overdue.Jalons.Select(j => j.Jalon.Title).ToArray());
    }
}
