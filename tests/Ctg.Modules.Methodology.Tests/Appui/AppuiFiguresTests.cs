using Ctg.Modules.Methodology.Appui;
using Ctg.Modules.Methodology.Domain;
using Xunit;

namespace Ctg.Modules.Methodology.Tests.Appui;

public class AppuiFiguresTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static DemandeFacts Demande(DemandeStatus status, RequesterKind kind, DateOnly received, DateOnly? due = null, DateOnly? answered = null, decimal? hours = null) =>
        new(status, kind, received, due, answered, hours);

    [Fact]
    public void Nothing_asked_gives_zero_and_no_median()
    {
        var figures = AppuiFigures.Of([], Today);

        Assert.Equal(0, figures.Total);
        Assert.Equal(0m, figures.HoursSpent);
        Assert.Null(figures.MedianResponseDays);
        Assert.Equal(0, figures.Late);
        Assert.Equal(4, figures.ByStatus.Count);
        Assert.Equal(4, figures.ByRequesterKind.Count);
    }

    [Fact]
    public void Demandes_are_counted_by_status_and_requester_with_hours_median_and_late_ones()
    {
        var figures = AppuiFigures.Of(
        [
            Demande(DemandeStatus.Traitee, RequesterKind.Elu, new DateOnly(2026, 3, 1), answered: new DateOnly(2026, 3, 4), hours: 1.5m),   // 3 days
            Demande(DemandeStatus.Traitee, RequesterKind.Service, new DateOnly(2026, 3, 10), answered: new DateOnly(2026, 3, 20), hours: 4m), // 10 days
            Demande(DemandeStatus.SansSuite, RequesterKind.Elu, new DateOnly(2026, 4, 1), answered: new DateOnly(2026, 4, 2)),                 // 1 day
            Demande(DemandeStatus.EnCours, RequesterKind.Partenaire, new DateOnly(2026, 5, 1), due: new DateOnly(2026, 6, 1), hours: 2.25m),  // late
            Demande(DemandeStatus.Recue, RequesterKind.Elu, new DateOnly(2026, 6, 10), due: new DateOnly(2026, 6, 15)),                      // due today: not late
            Demande(DemandeStatus.Traitee, RequesterKind.Autre, new DateOnly(2026, 1, 5), due: new DateOnly(2026, 1, 6), answered: new DateOnly(2026, 2, 5)), // 31 days, closed: not late
        ], Today);

        Assert.Equal(6, figures.Total);
        Assert.Equal([DemandeStatus.Recue, DemandeStatus.EnCours, DemandeStatus.Traitee, DemandeStatus.SansSuite], figures.ByStatus.Select(s => s.Key).ToArray());
        Assert.Equal([1, 1, 3, 1], figures.ByStatus.Select(s => s.Value).ToArray());
        Assert.Equal([3, 1, 1, 1], figures.ByRequesterKind.Select(k => k.Value).ToArray());
        Assert.Equal(7.75m, figures.HoursSpent);
        Assert.Equal(6.5, figures.MedianResponseDays); // 1, 3, 10, 31
        Assert.Equal(1, figures.Late);
    }

    [Fact]
    public void The_median_of_an_odd_number_of_answers_is_the_middle_one()
    {
        var figures = AppuiFigures.Of(
        [
            Demande(DemandeStatus.Traitee, RequesterKind.Elu, new DateOnly(2026, 3, 1), answered: new DateOnly(2026, 3, 21)),
            Demande(DemandeStatus.Traitee, RequesterKind.Elu, new DateOnly(2026, 3, 1), answered: new DateOnly(2026, 3, 1)),
            Demande(DemandeStatus.Traitee, RequesterKind.Elu, new DateOnly(2026, 3, 1), answered: new DateOnly(2026, 3, 6)),
            Demande(DemandeStatus.EnCours, RequesterKind.Elu, new DateOnly(2026, 3, 1)),
        ], Today);

        Assert.Equal(5, figures.MedianResponseDays);
    }
}
