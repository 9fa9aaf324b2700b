using Ctg.Modules.Methodology.Domain;
using Ctg.Modules.Methodology.Orientations;
using Xunit;

namespace Ctg.Modules.Methodology.Tests.Orientations;

public class OrientationCoverageTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    [Fact]
    public void An_orientation_without_fiches_has_no_share_and_no_mean()
    {
        var coverage = OrientationCoverage.Of([], Today);

        Assert.Equal(0, coverage.Fiches);
        Assert.Null(coverage.ShareRealisees);
        Assert.Null(coverage.MeanProgress);
        Assert.Equal(0, coverage.Overdue);
        Assert.All(coverage.ByStatus, s => Assert.Equal(0, s.Value));
    }

    [Fact]
    public void Coverage_counts_realisees_and_averages_progress_leaving_abandoned_fiches_out()
    {
        var coverage = OrientationCoverage.Of(
        [
            new CoveredFiche(FicheStatus.Realisee, 80, new DateOnly(2026, 1, 31)),  // réalisée: 100 %
            new CoveredFiche(FicheStatus.EnCours, 40, new DateOnly(2026, 6, 14)),   // overdue
            new CoveredFiche(FicheStatus.ALancer, 0, null),
            new CoveredFiche(FicheStatus.EnCours, 60, new DateOnly(2026, 6, 15)),   // due today: not late
            new CoveredFiche(FicheStatus.Abandonnee, 10, new DateOnly(2025, 12, 31)), // not counted, not overdue
        ], Today);

        Assert.Equal(5, coverage.Fiches);
        Assert.Equal(0.25, coverage.ShareRealisees);
        Assert.Equal(50.0, coverage.MeanProgress);
        Assert.Equal(1, coverage.Overdue);
        Assert.Equal(2, coverage.Count(FicheStatus.EnCours));
        Assert.Equal(1, coverage.Count(FicheStatus.Abandonnee));
        Assert.Equal(0, coverage.Count(FicheStatus.Bloquee));
        Assert.Equal(FicheStatuses.All, coverage.ByStatus.Select(s => s.Key));
    }

    [Fact]
    public void Only_abandoned_fiches_give_no_share()
    {
        var coverage = OrientationCoverage.Of([new CoveredFiche(FicheStatus.Abandonnee, 30, null)], Today);

        Assert.Equal(1, coverage.Fiches);
        Assert.Null(coverage.ShareRealisees);
        Assert.Null(coverage.MeanProgress);
    }

    [Fact]
    public void Progress_outside_0_to_100_is_bounded()
    {
        var coverage = OrientationCoverage.Of([new CoveredFiche(FicheStatus.EnCours, 150, null), new CoveredFiche(FicheStatus.EnCours, -20, null)], Today);

        Assert.Equal(50.0, coverage.MeanProgress);
    }
}
