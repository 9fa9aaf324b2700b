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

/// <summary>The members of one séance (guests apart): convened, present or represented, with a status recorded.</summary>
public sealed record SeanceTally(Guid SeanceId, int Convened, int Attending, int Recorded);

/// <summary>
/// The members of one organisation (as copied at convocation) in one year, over the séances counted: held,
/// attendance recorded, guests apart.
/// </summary>
public sealed record OrganisationTally(int Year, Guid? OrganisationId, string? OrganisationName, OrganisationType? OrganisationType, int Convened, int Attending);

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

/// <summary>Rates of one type of organisation, year by year.</summary>
public sealed record TypeTrend(OrganisationType? Type, string Label, IReadOnlyDictionary<int, Tally> ByYear);

/// <param name="PerYear">The trend: the rate of each year of the period.</param>
/// <param name="TypeTrends">The trend of each type of organisation over the years of the period.</param>
public sealed record ParticipationFigures(
    Tally Overall,
    IReadOnlyList<SeanceParticipation> PerSeance,
    IReadOnlyList<InstanceParticipation> PerInstance,
    IReadOnlyList<OrganisationParticipation> PerOrganisation,
    IReadOnlyList<TypeParticipation> PerType,
    IReadOnlyList<YearParticipation> PerYear,
    IReadOnlyList<TypeTrend> TypeTrends);

public static class ParticipationCalculator
{
    public const string NoOrganisation = "Sans organisation";

    public static bool IsAttending(AttendanceStatus? status) => status is AttendanceStatus.Present or AttendanceStatus.Represente;

    /// <summary>
    /// The rates from the attendance rows themselves: the rules of the definition, in one place. The
    /// database query groups the same way (<see cref="DashboardFiguresReader"/>).
    /// </summary>
    public static ParticipationFigures Compute(IEnumerable<SeanceFact> seances, IEnumerable<InstanceFact> instances, IEnumerable<AttendanceFact> attendance)
    {
        var seanceList = seances.ToList();
        var years = seanceList.ToDictionary(s => s.Id, s => s.Date.Year);
        var held = seanceList.Where(s => s.Status == SeanceStatus.Tenue).Select(s => s.Id).ToHashSet();
        var members = attendance.Where(a => !a.IsGuest && held.Contains(a.SeanceId)).ToList();
        var perSeance = members.GroupBy(a => a.SeanceId)
            .Select(g => new SeanceTally(g.Key, g.Count(), g.Count(a => IsAttending(a.Status)), g.Count(a => a.Status is not null)))
            .ToList();
        var recorded = perSeance.Where(t => t.Recorded > 0).Select(t => t.SeanceId).ToHashSet();
        var perOrganisation = members.Where(a => recorded.Contains(a.SeanceId))
            .GroupBy(a => (Year: years[a.SeanceId], a.OrganisationId, a.OrganisationName, a.OrganisationType))
            .Select(g => new OrganisationTally(g.Key.Year, g.Key.OrganisationId, g.Key.OrganisationName, g.Key.OrganisationType, g.Count(), g.Count(a => IsAttending(a.Status))))
            .ToList();
        return Compute(seanceList, instances, perSeance, perOrganisation);
    }

    /// <summary>
    /// The rates from tallies grouped by the database. Only held séances with at least one status recorded
    /// count; <paramref name="perOrganisation"/> must already be limited to those séances.
    /// </summary>
    public static ParticipationFigures Compute(
        IEnumerable<SeanceFact> seances,
        IEnumerable<InstanceFact> instances,
        IEnumerable<SeanceTally> perSeanceTallies,
        IEnumerable<OrganisationTally> perOrganisation)
    {
        var instanceNames = instances.ToDictionary(i => i.Id, i => i.Name);
        var held = seances.Where(s => s.Status == SeanceStatus.Tenue).ToDictionary(s => s.Id);

        var perSeance = perSeanceTallies
            .Where(t => t.Recorded > 0 && held.ContainsKey(t.SeanceId))
            .Select(t => (Seance: held[t.SeanceId], Tally: new Tally(t.Convened, t.Attending)))
            .OrderByDescending(r => r.Seance.Date)
            .Select(r => new SeanceParticipation(r.Seance.Id, r.Seance.InstanceId, instanceNames.GetValueOrDefault(r.Seance.InstanceId, "Instance inconnue"), r.Seance.Date, r.Tally))
            .ToList();

        var perInstance = perSeance.GroupBy(s => (s.InstanceId, s.InstanceName))
            .Select(g => new InstanceParticipation(g.Key.InstanceId, g.Key.InstanceName, g.Count(), Sum(g.Select(s => s.Tally))))
            .OrderBy(i => i.InstanceName, French.Comparer)
            .ToList();

        var organisations = perOrganisation.ToList();
        var byOrganisation = organisations
            .GroupBy(g => g.OrganisationId is { } id ? id.ToString() : "nom:" + (g.OrganisationName ?? ""))
            .Select(g =>
            {
                var first = g.First();
                return new OrganisationParticipation(first.OrganisationId,
                    string.IsNullOrWhiteSpace(first.OrganisationName) ? NoOrganisation : first.OrganisationName!,
                    first.OrganisationType,
                    new Tally(g.Sum(x => x.Convened), g.Sum(x => x.Attending)));
            })
            .OrderBy(o => o.OrganisationName, French.Comparer)
            .ToList();

        var perType = organisations.GroupBy(g => g.OrganisationType)
            .Select(g => new TypeParticipation(g.Key, new Tally(g.Sum(x => x.Convened), g.Sum(x => x.Attending))))
            .OrderBy(t => t.Type is null ? int.MaxValue : (int)t.Type)
            .ToList();

        var perYear = perSeance.GroupBy(s => s.Date.Year)
            .Select(g => new YearParticipation(g.Key, g.Count(), Sum(g.Select(s => s.Tally))))
            .OrderBy(y => y.Year)
            .ToList();

        var typeTrends = organisations.GroupBy(t => t.OrganisationType)
            .OrderBy(g => g.Key is null ? int.MaxValue : (int)g.Key)
            .Select(g => new TypeTrend(g.Key, g.Key?.Label() ?? "Type non renseigné",
                g.GroupBy(t => t.Year).ToDictionary(y => y.Key, y => new Tally(y.Sum(t => t.Convened), y.Sum(t => t.Attending)))))
            .ToList();

        return new ParticipationFigures(Sum(perSeance.Select(s => s.Tally)), perSeance, perInstance, byOrganisation, perType, perYear, typeTrends);
    }

    private static Tally Sum(IEnumerable<Tally> tallies) => tallies.Aggregate(new Tally(0, 0), (a, b) => a + b);
}

internal static class FrenchFormat
{
    /// <summary>"72,5 %", or "—" when there is nothing to divide.</summary>
    public static string Percent(double? rate) =>
        rate is { } r ? (r * 100).ToString("0.0", French.Culture) + "\u202F%" : "—";
}
