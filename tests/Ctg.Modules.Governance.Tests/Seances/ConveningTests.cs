using Ctg.Modules.Governance.Domain;
using Ctg.Modules.Governance.Seances;
using Xunit;

namespace Ctg.Modules.Governance.Tests.Seances;

public class ConveningTests
{
    private static readonly Organisation Caf = new() { Id = Guid.NewGuid(), Name = "CAF de l'Yonne", Type = OrganisationType.Caf };

    private static Membership Member(string name, DateOnly joined, DateOnly? left = null)
    {
        var person = new Person { Id = Guid.NewGuid(), FirstName = name, LastName = "Test", OrganisationId = Caf.Id, Organisation = Caf };
        return new Membership { Id = Guid.NewGuid(), PersonId = person.Id, Person = person, JoinedOn = joined, LeftOn = left };
    }

    [Fact]
    public void Members_in_office_on_the_date_are_convened_with_their_organisation()
    {
        var staying = Member("Anne", new DateOnly(2024, 1, 1));
        var gone = Member("Bruno", new DateOnly(2024, 1, 1), new DateOnly(2026, 2, 28));
        var later = Member("Claire", new DateOnly(2026, 6, 1));
        var instance = new Instance { Id = Guid.NewGuid(), Members = [staying, gone, later] };
        var seance = new Seance { Id = Guid.NewGuid(), Date = new DateOnly(2026, 3, 12) };

        Convening.Convene(seance, instance);

        var row = Assert.Single(seance.Attendances);
        Assert.Equal(staying.PersonId, row.PersonId);
        Assert.False(row.IsGuest);
        Assert.Null(row.Status);
        Assert.Equal("CAF de l'Yonne", row.OrganisationName);
        Assert.Equal(OrganisationType.Caf, row.OrganisationType);
    }

    [Fact]
    public void Moving_the_date_before_attendance_reconvenes()
    {
        var early = Member("Anne", new DateOnly(2024, 1, 1), new DateOnly(2026, 3, 31));
        var late = Member("Claire", new DateOnly(2026, 6, 1));
        var instance = new Instance { Id = Guid.NewGuid(), Members = [early, late] };
        var seance = new Seance { Id = Guid.NewGuid(), Date = new DateOnly(2026, 3, 12) };
        Convening.Convene(seance, instance);

        seance.Date = new DateOnly(2026, 9, 1);
        var removed = Convening.Reconvene(seance, instance);

        Assert.Equal(early.PersonId, Assert.Single(removed).PersonId);
        Assert.Equal(late.PersonId, Assert.Single(seance.Attendances).PersonId);
    }

    [Fact]
    public void Moving_the_date_after_attendance_keeps_the_sheet()
    {
        var early = Member("Anne", new DateOnly(2024, 1, 1), new DateOnly(2026, 3, 31));
        var instance = new Instance { Id = Guid.NewGuid(), Members = [early, Member("Claire", new DateOnly(2026, 6, 1))] };
        var seance = new Seance { Id = Guid.NewGuid(), Date = new DateOnly(2026, 3, 12) };
        Convening.Convene(seance, instance);
        seance.Attendances[0].Status = AttendanceStatus.Present;

        seance.Date = new DateOnly(2026, 9, 1);

        Assert.Empty(Convening.Reconvene(seance, instance));
        Assert.Equal(early.PersonId, Assert.Single(seance.Attendances).PersonId);
    }
}
