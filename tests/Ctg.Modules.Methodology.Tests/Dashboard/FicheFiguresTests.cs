using Ctg.Modules.Methodology.Dashboard;
using Ctg.Modules.Methodology.Domain;
using Xunit;

namespace Ctg.Modules.Methodology.Tests.Dashboard;

/// <summary>The follow-up figures on a small plan whose every figure is counted by hand below.</summary>
public class FicheFiguresTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static readonly Guid A1 = Guid.NewGuid(), A11 = Guid.NewGuid(), A111 = Guid.NewGuid(), A2 = Guid.NewGuid(), A3 = Guid.NewGuid();

    // 1: en cours, échéance passée → en retard. 2: réalisée long ago → neither late nor stale.
    // 3: à lancer, a jalon passed and not done → en retard; untouched since February → stale.
    // 10: bloquée, updated exactly 3 months ago → not stale; its jalon was done late → not late.
    // 2.1: abandonnée with a passed échéance and jalon → never late.
    private static readonly FicheRow F1 = new(Guid.NewGuid(), "1", "Relais petite enfance", FicheStatus.EnCours, 40, Meteo.Favorable, new(2026, 6, 1), "Anne Martin", new(2026, 6, 10));
    private static readonly FicheRow F2 = new(Guid.NewGuid(), "2", "Guide des familles", FicheStatus.Realisee, 100, Meteo.Favorable, new(2026, 1, 1), "anne martin ", new(2026, 1, 5));
    private static readonly FicheRow F3 = new(Guid.NewGuid(), "3", "Lieu d'accueil enfants-parents", FicheStatus.ALancer, 0, null, new(2026, 12, 31), null, new(2026, 2, 1));
    private static readonly FicheRow F4 = new(Guid.NewGuid(), "10", "Conseil des jeunes", FicheStatus.Bloquee, 20, Meteo.Difficulte, null, "Bruno", new(2026, 3, 15));
    private static readonly FicheRow F5 = new(Guid.NewGuid(), "2.1", "Ludothèque itinérante", FicheStatus.Abandonnee, 10, Meteo.Vigilance, new(2025, 12, 1), "Bruno", new(2025, 12, 1));

    private static readonly FicheRow[] Fiches = [F1, F2, F3, F4, F5];

    private static readonly JalonRow[] Jalons =
    [
        new(F3.Id, "Diagnostic", new(2026, 5, 1), null),
        new(F3.Id, "Ouverture", new(2026, 9, 1), null),
        new(F4.Id, "Réunion de lancement", new(2026, 2, 1), new(2026, 3, 1)),
        new(F5.Id, "Achat des jeux", new(2026, 1, 1), null),
    ];

    private static PlanLayout Plan() => new(
        [
            new AxisNode(A2, null, 1, "2", "Parentalité"),
            new AxisNode(A111, A11, 0, "1.1.1", "Ouvrir un relais"),
            new AxisNode(A1, null, 0, "1", "Petite enfance"),
            new AxisNode(A11, A1, 0, "1.1", "Accueil du jeune enfant"),
            new AxisNode(A3, null, 2, "3", "Jeunesse"),
        ],
        // F4 is in the plan under no node; F5's placement is missing: both are "Sans axe".
        new Dictionary<Guid, Guid?> { [F1.Id] = A111, [F2.Id] = A1, [F3.Id] = A2, [F4.Id] = null });

    private static FicheFigures Figures(PlanLayout? plan = null, int months = 3) => FicheFigures.Compute(Fiches, Jalons, Today, months, plan);

    [Fact]
    public void Every_status_is_counted_with_its_share_in_the_order_of_the_statuses()
    {
        var figures = Figures();

        Assert.Equal(5, figures.Total);
        Assert.Equal([1, 1, 1, 0, 0, 1, 1], figures.ByStatus.Select(s => s.Count).ToArray());
        Assert.Equal(FicheStatuses.All, figures.ByStatus.Select(s => s.Status).ToArray());
        Assert.Equal("20,0\u202F%", FigureFormat.Percent(figures.ByStatus[0].Share));
        Assert.Equal("0,0\u202F%", FigureFormat.Percent(figures.ByStatus[3].Share));
        Assert.Equal("34\u202F%", FigureFormat.Progress(figures.MeanProgress)); // (40 + 100 + 0 + 20 + 10) ÷ 5
    }

    [Fact]
    public void A_fiche_is_late_by_its_echeance_or_by_a_jalon_unless_it_is_closed_oldest_miss_first()
    {
        var overdue = Figures().Overdue;

        Assert.Equal(["3", "1"], overdue.Select(o => o.Fiche.Number).ToArray());
        Assert.False(overdue[0].DeadlinePassed);
        Assert.Equal(["Diagnostic"], overdue[0].LateJalons.Select(j => j.Title).ToArray());
        Assert.Equal(new DateOnly(2026, 5, 1), overdue[0].Since);
        Assert.True(overdue[1].DeadlinePassed);
        Assert.Empty(overdue[1].LateJalons);
        Assert.Equal(new DateOnly(2026, 6, 1), overdue[1].Since);
    }

    [Fact]
    public void A_fiche_is_stale_when_its_last_change_is_before_today_minus_n_months_and_it_is_still_open()
    {
        var figures = Figures();

        Assert.Equal(new DateOnly(2026, 3, 15), figures.StaleBefore);
        var stale = Assert.Single(figures.Stale);
        Assert.Equal("3", stale.Fiche.Number);
        Assert.Equal(134, stale.DaysSinceUpdate); // 1 February → 15 June

        // One month: fiche 10, last changed on 15 March, is stale too, after fiche 3 (older first).
        Assert.Equal(["3", "10"], Figures(months: 1).Stale.Select(s => s.Fiche.Number).ToArray());
    }

    [Fact]
    public void Pilotes_written_differently_are_one_busiest_first_ties_by_name_and_no_pilote_last()
    {
        var pilotes = Figures().ByPilote;

        Assert.Equal(["Anne Martin", "Bruno", FicheFigures.NoPilote], pilotes.Select(p => p.Name).ToArray());
        Assert.Equal(new PiloteRow("Anne Martin", 2, 1, 1, 70), pilotes[0]);
        Assert.Equal(new PiloteRow("Bruno", 2, 0, 0, 15), pilotes[1]);
        Assert.Equal(new PiloteRow(FicheFigures.NoPilote, 1, 0, 1, 0), pilotes[2]);
    }

    [Fact]
    public void Meteo_is_counted_with_the_fiches_that_have_none()
    {
        var meteo = Figures().ByMeteo;

        Assert.Equal(["Favorable", "Vigilance", "Difficulté", "Non renseignée"], meteo.Select(m => m.Label).ToArray());
        Assert.Equal([2, 1, 1, 1], meteo.Select(m => m.Count).ToArray());
        Assert.Equal("40,0\u202F%", FigureFormat.Percent(meteo[0].Share));
    }

    [Fact]
    public void Fiches_are_counted_under_the_top_level_node_of_their_subtree_and_unplaced_ones_without_axis()
    {
        var axes = Figures(Plan()).ByAxis;

        Assert.Equal(["Petite enfance", "Parentalité", "Jeunesse", FicheFigures.NoAxis], axes.Select(a => a.Title).ToArray());
        Assert.Equal([2, 1, 0, 2], axes.Select(a => a.Total).ToArray());
        Assert.Equal(1, axes[0].Count(FicheStatus.EnCours));
        Assert.Equal(1, axes[0].Count(FicheStatus.Realisee));
        Assert.Equal(0, axes[0].Count(FicheStatus.ALancer));
        Assert.Equal(70, axes[0].MeanProgress);
        Assert.Equal(1, axes[1].Count(FicheStatus.ALancer));
        Assert.Null(axes[2].MeanProgress);
        Assert.Null(axes[3].NodeId);
        Assert.Equal(15, axes[3].MeanProgress);
        Assert.Equal(1, axes[3].Count(FicheStatus.Bloquee));
        Assert.Equal(1, axes[3].Count(FicheStatus.Abandonnee));
        Assert.Equal(5, axes.Sum(a => a.Total));
    }

    [Fact]
    public void Without_a_plan_there_is_no_axis()
    {
        Assert.Empty(Figures().ByAxis);
    }

    [Fact]
    public void An_empty_plan_shows_its_axes_at_zero_and_nothing_to_divide()
    {
        var figures = FicheFigures.Compute([], [], Today, 3, new PlanLayout([new AxisNode(A1, null, 0, "1", "Petite enfance")], new Dictionary<Guid, Guid?>()));

        Assert.Equal(0, figures.Total);
        Assert.All(figures.ByStatus, s => Assert.Null(s.Share));
        Assert.Equal("—", FigureFormat.Percent(figures.ByStatus[0].Share));
        Assert.Equal("—", FigureFormat.Progress(figures.MeanProgress));
        var axis = Assert.Single(figures.ByAxis);
        Assert.Equal(0, axis.Total);
        Assert.Empty(figures.ByPilote);
        Assert.Empty(figures.Overdue);
        Assert.Empty(figures.Stale);
    }

    [Fact]
    public void Mean_progress_is_rounded_half_away_from_zero()
    {
        Assert.Equal("23\u202F%", FigureFormat.Progress(FicheFigures.Mean([10, 20, 40]))); // 23,33
        Assert.Equal("3\u202F%", FigureFormat.Progress(FicheFigures.Mean([2, 3]))); // 2,5
    }
}
