using Ctg.Modules.Methodology.Dashboard;
using Ctg.Modules.Methodology.Domain;
using Xunit;

namespace Ctg.Modules.Methodology.Tests.Dashboard;

public class TimelineTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static readonly TimelineFiche A = new(Guid.NewGuid(), "1", "Relais petite enfance", FicheStatus.EnCours, new(2026, 5, 20));
    private static readonly TimelineFiche B = new(Guid.NewGuid(), "2", "Guide des familles", FicheStatus.Realisee, new(2026, 5, 10));
    private static readonly TimelineFiche C = new(Guid.NewGuid(), "3", "Ludothèque", FicheStatus.Abandonnee, new(2026, 7, 1));
    private static readonly TimelineFiche D = new(Guid.NewGuid(), "4", "Conseil des jeunes", FicheStatus.EnCours, null);

    private static IReadOnlyList<TimelineMonth> Build() => Timeline.Build([A, B, C, D],
        [
            new JalonRow(A.Id, "Comité de suivi", new(2026, 6, 10), null),
            new JalonRow(A.Id, "Bilan", new(2026, 8, 1), null),
            new JalonRow(D.Id, "Lancement", new(2026, 5, 5), new(2026, 5, 7)),
            new JalonRow(C.Id, "Achat des jeux", new(2026, 4, 1), null),
            new JalonRow(Guid.NewGuid(), "Jalon d'une fiche hors du plan", new(2026, 6, 1), null),
        ], Today);

    [Fact]
    public void Echeances_and_jalons_are_grouped_by_month_oldest_first()
    {
        var months = Build();

        Assert.Equal(["Avril 2026", "Mai 2026", "Juin 2026", "Juillet 2026", "Août 2026"], months.Select(m => m.Label).ToArray());
        Assert.Equal([true, true, false, false, false], months.Select(m => m.IsPast).ToArray());
        Assert.Equal(["Lancement", "Guide des familles", "Relais petite enfance"], months[1].Entries.Select(e => e.Title).ToArray());
        Assert.Equal([TimelineKind.Jalon, TimelineKind.Echeance, TimelineKind.Echeance], months[1].Entries.Select(e => e.Kind).ToArray());
    }

    [Fact]
    public void What_was_missed_is_what_passed_undone_on_a_fiche_still_open()
    {
        var months = Build();

        Assert.Equal([TimelineState.Tenu, TimelineState.Tenu, TimelineState.Manque], months[1].Entries.Select(e => e.State).ToArray());
        Assert.Equal(1, months[1].Missed);
        Assert.Equal(2, months[1].Kept);
        Assert.Equal("Tenu le 07/05/2026", months[1].Entries[0].StateLabel);
        Assert.Equal("Tenu (fiche réalisée)", months[1].Entries[1].StateLabel);
        // The current month: a jalon passed five days ago is missed already.
        Assert.Equal(TimelineState.Manque, Assert.Single(months[2].Entries).State);
        // An abandoned fiche awaits nothing, before or after today.
        Assert.Equal(TimelineState.SansObjet, Assert.Single(months[0].Entries).State);
        Assert.Equal("Sans objet (fiche abandonnée)", months[3].Entries[0].StateLabel);
        Assert.Equal(TimelineState.AVenir, Assert.Single(months[4].Entries).State);
        Assert.Equal(0, months[0].Missed);
    }

    [Fact]
    public void No_date_no_month()
    {
        Assert.Empty(Timeline.Build([D], [], Today));
    }
}
