using Ctg.Modules.Governance.Domain;
using Ctg.Modules.Governance.Figures;
using Xunit;
using static Ctg.Modules.Governance.Tests.Figures.TerritoryExample;

namespace Ctg.Modules.Governance.Tests.Figures;

public class RegularityAndDecisionTests
{
    [Fact]
    public void A_past_year_is_up_to_date_when_the_seances_held_reach_the_expected_number()
    {
        var rows = RegularityCalculator.Compute(Instances, Counts, 2025, 2025, Today);
        var copil = rows.Single(r => r.InstanceId == Copil);
        Assert.Equal((1, 1, true, "À jour"), (copil.Expected, copil.Held, copil.Regularity.UpToDate, copil.Regularity.Label));
        // Held: S2 and S4 (attendance not recorded still counts as held); S3 cancelled; S5 planned does not help a past year.
        var gat = rows.Single(r => r.InstanceId == Gat);
        Assert.Equal((3, 2, 1, false, "En retard"), (gat.Expected, gat.Held, gat.Planned, gat.Regularity.UpToDate, gat.Regularity.Label));
    }

    [Fact]
    public void The_current_year_follows_the_pro_rata_rule_and_years_after_today_are_left_out()
    {
        var rows = RegularityCalculator.Compute(Instances, Counts, 2024, 2027, Today);
        Assert.Equal([2024, 2025, 2026], rows.Where(r => r.InstanceId == Gat).Select(r => r.Year));
        // 10 February 2026: nothing expected yet.
        Assert.True(rows.Single(r => r.InstanceId == Gat && r.Year == 2026).Regularity.UpToDate);
        Assert.False(RegularityCalculator.Of(3, held: 0, planned: 0, 2026, new DateOnly(2026, 9, 1)).UpToDate);
    }

    [Fact]
    public void An_inactive_instance_appears_only_for_the_years_it_held_seances()
    {
        var rows = RegularityCalculator.Compute([new InstanceFact(Copil, "Ancien COPIL", 1, false)], Counts, 2024, 2026, Today);
        Assert.Equal([2024, 2025], rows.Select(r => r.Year));
    }

    [Fact]
    public void The_on_time_share_counts_done_follow_ups_and_those_past_their_due_date()
    {
        var figures = DecisionCalculator.Compute(4,
        [
            new(FollowUpStatus.Faite, new(2025, 10, 1), new(2025, 9, 30)),   // on time
            new(FollowUpStatus.Faite, new(2025, 10, 1), new(2025, 10, 1)),   // on time: on the due date
            new(FollowUpStatus.Faite, new(2025, 10, 1), new(2025, 10, 15)),  // late
            new(FollowUpStatus.AFaire, new(2025, 12, 1), null),              // overdue
            new(FollowUpStatus.EnCours, new(2026, 6, 1), null),              // not due yet: not counted
            new(FollowUpStatus.Abandonnee, new(2025, 5, 1), null),           // abandoned: not counted
            new(FollowUpStatus.Faite, null, new(2025, 11, 2)),               // done, no due date: on time
        ], Today);
        Assert.Equal((4, 7, 5, 3, 1), (figures.DecisionsTaken, figures.FollowUps, figures.Considered, figures.DoneOnTime, figures.Overdue));
        Assert.Equal(0.6, figures.OnTimeShare);
    }

    [Fact]
    public void No_follow_up_due_gives_no_share()
    {
        Assert.Null(DecisionCalculator.Compute(1, [new(FollowUpStatus.AFaire, new(2026, 6, 1), null)], Today).OnTimeShare);
    }
}
