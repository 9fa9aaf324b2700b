using Ctg.Modules.Governance.Domain;
using Xunit;

namespace Ctg.Modules.Governance.Tests;

public class RegularityTests
{
    [Fact]
    public void A_copil_expected_once_a_year_is_not_late_before_the_last_day_of_the_year()
    {
        Assert.True(Regularity.Of(1, held: 0, planned: 0, new DateOnly(2026, 12, 30)).UpToDate);
    }

    [Fact]
    public void A_copil_expected_once_a_year_with_none_held_is_late_on_the_last_day()
    {
        var regularity = Regularity.Of(1, held: 0, planned: 0, new DateOnly(2026, 12, 31));
        Assert.False(regularity.UpToDate);
        Assert.Equal("En retard", regularity.Label);
    }

    [Fact]
    public void A_working_group_expected_three_times_with_one_held_by_september_is_late()
    {
        // 1 September: two thirds of the year gone, two séances expected by now.
        Assert.False(Regularity.Of(3, held: 1, planned: 0, new DateOnly(2026, 9, 1)).UpToDate);
    }

    [Fact]
    public void Planned_seances_that_cover_the_rhythm_keep_an_instance_up_to_date()
    {
        Assert.True(Regularity.Of(3, held: 1, planned: 2, new DateOnly(2026, 9, 1)).UpToDate);
    }

    [Fact]
    public void An_instance_without_a_rhythm_is_never_late()
    {
        var regularity = Regularity.Of(0, held: 0, planned: 0, new DateOnly(2026, 12, 31));
        Assert.True(regularity.UpToDate);
        Assert.Equal("Sans rythme fixé", regularity.Label);
    }
}
