using Ctg.Modules.Governance.Domain;

namespace Ctg.Modules.Governance.Figures;

/// <summary>
/// The participation rate of Fiche 17, defined once: members present or represented over members convened,
/// on séances held whose attendance is recorded. Guests are never counted.
/// </summary>
public static class ParticipationDefinition
{
    public const string Text =
        "Taux de participation = (membres présents + membres représentés) ÷ membres convoqués, sur les séances tenues dont l'émargement est saisi. "
        + "Les invités ne sont pas comptés ; un membre convoqué sans statut dans une séance émargée compte comme absent ; "
        + "les séances planifiées ou annulées ne comptent pas. Chaque présence est rattachée à l'organisation de la personne au jour de la convocation.";

    public const string FollowUpText =
        "Part des suites faites dans les délais = suites faites au plus tard à leur échéance (ou faites sans échéance) ÷ suites faites ou dont l'échéance est passée. "
        + "Les suites abandonnées et celles encore ouvertes avant leur échéance ne comptent pas.";
}

/// <summary>Members convened and members who attended (present or represented).</summary>
public readonly record struct Tally(int Convened, int Attending)
{
    public static Tally operator +(Tally a, Tally b) => new(a.Convened + b.Convened, a.Attending + b.Attending);

    /// <summary>Between 0 and 1; null when nobody was convened.</summary>
    public double? Rate => Convened == 0 ? null : Attending / (double)Convened;
}

/// <summary>One convened person's row of a séance's attendance sheet, as the figures need it.</summary>
public sealed record AttendanceFact(
    Guid SeanceId,
    bool IsGuest,
    AttendanceStatus? Status,
    Guid? OrganisationId,
    string? OrganisationName,
    OrganisationType? OrganisationType);

/// <summary>
/// The attendance of one séance for one organisation, grouped (in SQL or in memory): members convened,
/// members present or represented, members whose status is recorded. Guests are left out before grouping.
/// </summary>
public sealed record AttendanceGroup(
    Guid SeanceId,
    Guid? OrganisationId,
    string? OrganisationName,
    OrganisationType? OrganisationType,
    int Convened,
    int Attending,
    int Recorded)
{
    /// <summary>The same grouping as the database query, for rows already in memory.</summary>
    public static IReadOnlyList<AttendanceGroup> From(IEnumerable<AttendanceFact> rows) =>
        rows.Where(r => !r.IsGuest)
            .GroupBy(r => (r.SeanceId, r.OrganisationId, r.OrganisationName, r.OrganisationType))
            .Select(g => new AttendanceGroup(
                g.Key.SeanceId, g.Key.OrganisationId, g.Key.OrganisationName, g.Key.OrganisationType,
                g.Count(),
                g.Count(r => r.Status is AttendanceStatus.Present or AttendanceStatus.Represente),
                g.Count(r => r.Status is not null)))
            .ToList();
}

/// <summary>A séance as the figures need it.</summary>
public sealed record SeanceFact(Guid Id, Guid InstanceId, DateOnly Date, SeanceStatus Status);

/// <summary>An instance as the figures need it.</summary>
public sealed record InstanceFact(Guid Id, string Name, int ExpectedPerYear, bool IsActive);

public sealed record SeanceParticipation(Guid SeanceId, Guid InstanceId, string InstanceName, DateOnly Date, Tally Tally);

public sealed record InstanceParticipation(Guid InstanceId, string InstanceName, int Seances, Tally Tally);

public sealed record OrganisationParticipation(Guid? OrganisationId, string OrganisationName, OrganisationType? Type, Tally Tally);

public sealed record TypeParticipation(OrganisationType? Type, Tally Tally)
{
    public string Label => Type?.Label() ?? "Type non renseigné";
}

public sealed record YearParticipation(int Year, int Seances, Tally Tally);

public sealed record ParticipationFigures(
    Tally Overall,
    IReadOnlyList<SeanceParticipation> PerSeance,
    IReadOnlyList<InstanceParticipation> PerInstance,
    IReadOnlyList<OrganisationParticipation> PerOrganisation,
    IReadOnlyList<TypeParticipation> PerType,
    IReadOnlyList<YearParticipation> PerYear);

public static class ParticipationCalculator
{
    public const string NoOrganisation = "Sans organisation";

    /// <summary>
    /// Computes the rates on the séances given (those of the period; pass every year's for the trend).
    /// A séance counts only if it is held and at least one member's status is recorded.
    /// </summary>
    public static ParticipationFigures Compute(
        IEnumerable<SeanceFact> seances,
        IEnumerable<InstanceFact> instances,
        IEnumerable<AttendanceGroup> attendance)
    {
        var instanceNames = instances.ToDictionary(i => i.Id, i => i.Name);
        var held = seances.Where(s => s.Status == SeanceStatus.Tenue).ToDictionary(s => s.Id);
        var groups = attendance.Where(g => held.ContainsKey(g.SeanceId)).ToList();
        var recorded = groups.GroupBy(g => g.SeanceId)
            .Where(g => g.Sum(x => x.Recorded) > 0)
            .ToDictionary(g => g.Key, g => new Tally(g.Sum(x => x.Convened), g.Sum(x => x.Attending)));
        var counted = groups.Where(g => recorded.ContainsKey(g.SeanceId)).ToList();

        var perSeance = recorded
            .Select(r => (Seance: held[r.Key], Tally: r.Value))
            .OrderByDescending(r => r.Seance.Date)
            .Select(r => new SeanceParticipation(r.Seance.Id, r.Seance.InstanceId, instanceNames.GetValueOrDefault(r.Seance.InstanceId, "Instance inconnue"), r.Seance.Date, r.Tally))
            .ToList();

        var perInstance = perSeance.GroupBy(s => (s.InstanceId, s.InstanceName))
            .Select(g => new InstanceParticipation(g.Key.InstanceId, g.Key.InstanceName, g.Count(), Sum(g.Select(s => s.Tally))))
            .OrderBy(i => i.InstanceName, FrenchFormat.Names)
            .ToList();

        var perOrganisation = counted
            .GroupBy(g => g.OrganisationId is { } id ? id.ToString() : "nom:" + (g.OrganisationName ?? ""))
            .Select(g =>
            {
                var first = g.First();
                return new OrganisationParticipation(first.OrganisationId,
                    string.IsNullOrWhiteSpace(first.OrganisationName) ? NoOrganisation : first.OrganisationName!,
                    first.OrganisationType,
                    new Tally(g.Sum(x => x.Convened), g.Sum(x => x.Attending)));
            })
            .OrderBy(o => o.OrganisationName, FrenchFormat.Names)
            .ToList();

        var perType = counted.GroupBy(g => g.OrganisationType)
            .Select(g => new TypeParticipation(g.Key, new Tally(g.Sum(x => x.Convened), g.Sum(x => x.Attending))))
            .OrderBy(t => t.Type is null ? int.MaxValue : (int)t.Type)
            .ToList();

        var perYear = perSeance.GroupBy(s => s.Date.Year)
            .Select(g => new YearParticipation(g.Key, g.Count(), Sum(g.Select(s => s.Tally))))
            .OrderBy(y => y.Year)
            .ToList();

        return new ParticipationFigures(Sum(perSeance.Select(s => s.Tally)), perSeance, perInstance, perOrganisation, perType, perYear);
    }

    private static Tally Sum(IEnumerable<Tally> tallies) => tallies.Aggregate(new Tally(0, 0), (a, b) => a + b);
}

internal static class FrenchFormat
{
    public static readonly System.Globalization.CultureInfo Culture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");

    public static readonly StringComparer Names = StringComparer.Create(Culture, true);

    public static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    /// <summary>"72,5 %", or "—" when there is nothing to divide.</summary>
    public static string Percent(double? rate) =>
        rate is { } r ? (r * 100).ToString("0.0", Culture) + "\u202F%" : "—";
}
