using Ctg.Modules.Governance.Domain;
using Ctg.Modules.Governance.Figures;
using Xunit;
using static Ctg.Modules.Governance.Tests.Figures.TerritoryExample;

namespace Ctg.Modules.Governance.Tests.Figures;

public class ParticipationTests
{
    [Fact]
    public void A_seance_counts_present_and_represented_members_over_convened_members_and_never_its_guests()
    {
        var s1 = Participation2025.PerSeance.Single(s => s.SeanceId == S1.Id);
        Assert.Equal(new Tally(4, 3), s1.Tally);
        Assert.Equal(0.75, s1.Tally.Rate);
    }

    [Fact]
    public void A_convened_member_without_status_in_a_recorded_seance_counts_as_absent()
    {
        Assert.Equal(new Tally(5, 2), Participation2025.PerSeance.Single(s => s.SeanceId == S2.Id).Tally);
    }

    [Fact]
    public void Cancelled_planned_and_unrecorded_seances_are_left_out()
    {
        Assert.Equal([S2.Id, S1.Id], Participation2025.PerSeance.Select(s => s.SeanceId));
        Assert.Equal(new Tally(9, 5), Participation2025.Overall);
        Assert.Equal(5 / 9.0, Participation2025.Overall.Rate);
    }

    [Fact]
    public void Per_instance_sums_its_recorded_seances()
    {
        var perInstance = Participation2025.PerInstance.ToDictionary(i => i.InstanceId);
        Assert.Equal(new Tally(4, 3), perInstance[Copil].Tally);
        Assert.Equal((1, new Tally(5, 2)), (perInstance[Gat].Seances, perInstance[Gat].Tally));
    }

    [Fact]
    public void A_member_who_joined_mid_year_is_counted_only_for_the_seances_they_were_convened_to()
    {
        // D (Commune Y) was not convened to S1 in March; present in September: 1 out of 1, not 1 out of 2.
        // The guest of S1, also from Commune Y, does not count.
        var communeY = Participation2025.PerOrganisation.Single(o => o.OrganisationId == CommuneY);
        Assert.Equal(new Tally(1, 1), communeY.Tally);
    }

    [Fact]
    public void An_anonymised_person_stays_counted_under_the_organisation_copied_at_convocation()
    {
        var association = Participation2025.PerOrganisation.Single(o => o.OrganisationId == AssociationZ);
        Assert.Equal("Association Z", association.OrganisationName);
        Assert.Equal(new Tally(2, 1), association.Tally);
    }

    [Fact]
    public void Per_organisation_and_per_type_of_organisation()
    {
        var perOrganisation = Participation2025.PerOrganisation.ToDictionary(o => o.OrganisationName, o => o.Tally);
        Assert.Equal(new Tally(4, 2), perOrganisation["Commune X"]); // A présent ×2, C excusé then no status
        Assert.Equal(new Tally(2, 1), perOrganisation["CAF de l'Yonne"]); // représenté, then absent
        var perType = Participation2025.PerType.ToDictionary(t => t.Type!.Value, t => t.Tally);
        Assert.Equal(new Tally(5, 3), perType[OrganisationType.Commune]);
        Assert.Equal(new Tally(2, 1), perType[OrganisationType.Caf]);
        Assert.Equal(new Tally(2, 1), perType[OrganisationType.Association]);
        Assert.Equal(3, perType.Count);
    }

    [Fact]
    public void The_trend_gives_each_year_its_rate_overall_and_by_type()
    {
        var all = ParticipationCalculator.Compute(AllSeances, Instances, AllAttendance);
        var (overall, byType) = (all.PerYear, all.TypeTrends);
        Assert.Equal([(2024, 1, new Tally(2, 1)), (2025, 2, new Tally(9, 5))], overall.Select(y => (y.Year, y.Seances, y.Tally)));
        var commune = byType.Single(t => t.Type == OrganisationType.Commune);
        Assert.Equal(new Tally(1, 1), commune.ByYear[2024]);
        Assert.Equal(new Tally(5, 3), commune.ByYear[2025]);
        Assert.False(byType.Single(t => t.Type == OrganisationType.Association).ByYear.ContainsKey(2024));
    }

    [Fact]
    public void Nobody_convened_gives_no_rate_rather_than_zero()
    {
        var none = ParticipationCalculator.Compute([], Instances, []);
        Assert.Null(none.Overall.Rate);
        Assert.Empty(none.PerSeance);
    }
}
