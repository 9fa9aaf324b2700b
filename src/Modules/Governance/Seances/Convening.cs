using Ctg.Modules.Governance.Domain;

namespace Ctg.Modules.Governance.Seances;

/// <summary>Who is convened to a séance: the instance's members on its date, each with their organisation of the day.</summary>
public static class Convening
{
    /// <summary>
    /// Adds one attendance row (no status yet) per member active on the séance's date who is not on the sheet
    /// already. <paramref name="instance"/> must come with its members, their persons and organisations.
    /// </summary>
    public static IReadOnlyList<Attendance> Convene(Seance seance, Instance instance)
    {
        var added = new List<Attendance>();
        var onSheet = seance.Attendances.Select(a => a.PersonId).ToHashSet();
        foreach (var member in instance.MembersOn(seance.Date).Where(m => onSheet.Add(m.PersonId)))
        {
            var attendance = new Attendance
            {
                Id = Guid.NewGuid(),
                SeanceId = seance.Id,
                PersonId = member.PersonId,
                IsGuest = false,
                Status = null,
                OrganisationId = member.Person.OrganisationId,
                OrganisationName = member.Person.Organisation?.Name,
                OrganisationType = member.Person.Organisation?.Type,
            };
            seance.Attendances.Add(attendance);
            added.Add(attendance);
        }
        return added;
    }

    /// <summary>
    /// After the date of a séance moved: while nobody's attendance is recorded, the sheet is rebuilt from the
    /// members of the new date. Returns the rows to delete; once attendance is recorded, nothing changes.
    /// </summary>
    public static IReadOnlyList<Attendance> Reconvene(Seance seance, Instance instance)
    {
        if (seance.Attendances.Any(a => a.Status is not null))
        {
            return [];
        }
        var removed = seance.Attendances.Where(a => !a.IsGuest).ToList();
        foreach (var row in removed)
        {
            seance.Attendances.Remove(row);
        }
        Convene(seance, instance);
        return removed;
    }
}
