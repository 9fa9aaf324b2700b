using Ctg.Modules.Methodology.Domain;
using Ctg.Modules.Methodology.Messaging;
using Xunit;

namespace Ctg.Modules.Methodology.Tests.Orientations;

/// <summary>The "échéances tenues" indicator that Methodology answers to Evaluation.</summary>
public class DeadlinesCountTests
{
    private static readonly DateOnly From = new(2026, 1, 1);
    private static readonly DateOnly To = new(2026, 12, 31);
    private static readonly DateOnly Today = new(2026, 6, 15);

    [Fact]
    public void A_jalon_is_kept_when_done_on_or_before_its_date()
    {
        var result = DeadlinesCount.Count(From, To, Today,
        [
            new JalonDue(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 1)),  // kept, same day
            new JalonDue(new DateOnly(2026, 3, 1), new DateOnly(2026, 2, 20)), // kept, early
            new JalonDue(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 2)),  // missed, late
            new JalonDue(new DateOnly(2026, 5, 1), null),                       // missed, not done
        ], []);

        Assert.Equal(4, result.Due);
        Assert.Equal(2, result.KeptOnTime);
        Assert.Equal(2, result.Missed);
        Assert.Equal(0.5, result.Share);
    }

    [Fact]
    public void Deadlines_outside_the_period_or_after_today_are_not_due()
    {
        var result = DeadlinesCount.Count(From, To, Today,
        [
            new JalonDue(new DateOnly(2025, 12, 31), null),
            new JalonDue(new DateOnly(2026, 6, 16), null),
            new JalonDue(new DateOnly(2026, 6, 15), new DateOnly(2026, 6, 15)),
        ],
        [
            new FicheDue(new DateOnly(2026, 9, 30), FicheStatus.EnCours, null),
            new FicheDue(new DateOnly(2027, 1, 1), FicheStatus.Realisee, null),
        ]);

        Assert.Equal(1, result.Due);
        Assert.Equal(1, result.KeptOnTime);
    }

    [Fact]
    public void A_fiche_is_kept_when_its_history_shows_it_realised_by_its_deadline()
    {
        var deadline = new DateOnly(2026, 3, 31);
        var result = DeadlinesCount.Count(From, To, Today,
        [],
        [
            new FicheDue(deadline, FicheStatus.Realisee, new DateOnly(2026, 3, 31)), // kept
            new FicheDue(deadline, FicheStatus.Realisee, new DateOnly(2026, 4, 10)), // réalisée, but late
            new FicheDue(deadline, FicheStatus.Realisee, null),                      // no history: kept
            new FicheDue(deadline, FicheStatus.EnCours, null),                       // missed
            new FicheDue(deadline, FicheStatus.Abandonnee, null),                    // missed
        ]);

        Assert.Equal(5, result.Due);
        Assert.Equal(2, result.KeptOnTime);
        Assert.Equal(3, result.Missed);
    }

    [Fact]
    public void Nothing_due_gives_no_share()
    {
        var result = DeadlinesCount.Count(From, To, Today, [], []);

        Assert.Equal(0, result.Due);
        Assert.Null(result.Share);
    }

    [Fact]
    public void A_late_evening_change_in_France_is_dated_by_the_french_day()
    {
        // 22:30 UTC on 31 March is 00:30 on 1 April in Paris (summer time).
        Assert.Equal(new DateOnly(2026, 4, 1), DeadlinesCount.FrenchDate(new DateTimeOffset(2026, 3, 31, 22, 30, 0, TimeSpan.Zero)));
    }
}
