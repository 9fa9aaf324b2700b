using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Figures;

/// <summary>The dates the figures cover: a calendar year, or the CTG's period.</summary>
public sealed record FiguresPeriod(DateOnly From, DateOnly To, string Label)
{
    public static FiguresPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), $"l'année {year}");

    public bool Contains(DateOnly date) => date >= From && date <= To;
}

/// <summary>Rates of one type of organisation, year by year.</summary>
public sealed record TypeTrend(OrganisationType? Type, string Label, IReadOnlyDictionary<int, Tally> ByYear);

/// <summary>Everything the dashboard shows and exports.</summary>
public sealed record DashboardFigures(
    FiguresPeriod Period,
    DateOnly Today,
    IReadOnlyList<int> YearsWithSeances,
    int InstancesActive,
    int SeancesHeld,
    IReadOnlyList<YearRegularity> Regularity,
    ParticipationFigures Participation,
    IReadOnlyList<YearParticipation> Trend,
    IReadOnlyList<TypeTrend> TypeTrends,
    DecisionFigures Decisions);

/// <summary>
/// Reads what the figures need in a fixed number of queries, whatever the size of the data: counts and
/// attendance are grouped by the database, and only the grouped rows come back.
/// </summary>
internal sealed class DashboardFiguresReader(GovernanceDbContext db)
{
    public async Task<DashboardFigures> ReadAsync(FiguresPeriod period, DateOnly today, bool withTrend, CancellationToken cancellationToken)
    {
        var start = period.From;
        var end = period.To;

        var instances = await db.Instances.AsNoTracking()
            .Select(i => new InstanceFact(i.Id, i.Name, i.ExpectedSeancesPerYear, i.IsActive))
            .ToListAsync(cancellationToken);

        var counts = await db.Seances.AsNoTracking()
            .GroupBy(s => new { s.InstanceId, s.Date.Year, s.Status })
            .Select(g => new SeanceCount(g.Key.InstanceId, g.Key.Year, g.Key.Status, g.Count()))
            .ToListAsync(cancellationToken);

        var held = await db.Seances.AsNoTracking()
            .Where(s => s.Status == SeanceStatus.Tenue && s.Date >= start && s.Date <= end)
            .Select(s => new SeanceFact(s.Id, s.InstanceId, s.Date, s.Status))
            .ToListAsync(cancellationToken);

        // Grouped by the database, so that only a few hundred rows come back whatever the number of
        // attendance rows. Same rules as ParticipationCalculator.Compute(rows): guests apart, held séances,
        // and for organisations and the trend only the séances whose attendance is recorded.
        var members = db.Attendances.Where(a => !a.IsGuest);
        var recordedSeances = members.Where(a => a.Status != null).Select(a => a.SeanceId);
        var perSeance = await (
                from a in members
                join s in db.Seances on a.SeanceId equals s.Id
                where s.Status == SeanceStatus.Tenue && s.Date >= start && s.Date <= end
                group a by a.SeanceId into g
                select new SeanceTally(g.Key, g.Count(),
                    g.Count(a => a.Status == AttendanceStatus.Present || a.Status == AttendanceStatus.Represente),
                    g.Count(a => a.Status != null)))
            .ToListAsync(cancellationToken);
        var perOrganisation = await (
                from a in members
                join s in db.Seances on a.SeanceId equals s.Id
                where s.Status == SeanceStatus.Tenue && s.Date >= start && s.Date <= end && recordedSeances.Contains(a.SeanceId)
                group a by new { a.OrganisationId, a.OrganisationName, a.OrganisationType } into g
                select new OrganisationTally(g.Key.OrganisationId, g.Key.OrganisationName, g.Key.OrganisationType, g.Count(),
                    g.Count(a => a.Status == AttendanceStatus.Present || a.Status == AttendanceStatus.Represente)))
            .ToListAsync(cancellationToken);
        var participation = ParticipationCalculator.Compute(held, instances, perSeance, perOrganisation);

        IReadOnlyList<YearParticipation> trend = [];
        IReadOnlyList<TypeTrend> typeTrends = [];
        if (withTrend)
        {
            var byTypeAndYear = await (
                    from a in members
                    join s in db.Seances on a.SeanceId equals s.Id
                    where s.Status == SeanceStatus.Tenue && recordedSeances.Contains(a.SeanceId)
                    group a by new { s.Date.Year, a.OrganisationType } into g
                    select new TypeYearTally(g.Key.Year, g.Key.OrganisationType, g.Count(),
                        g.Count(a => a.Status == AttendanceStatus.Present || a.Status == AttendanceStatus.Represente)))
                .ToListAsync(cancellationToken);
            var seancesByYear = await db.Seances
                .Where(s => s.Status == SeanceStatus.Tenue && recordedSeances.Contains(s.Id))
                .GroupBy(s => s.Date.Year)
                .Select(g => new YearSeances(g.Key, g.Count()))
                .ToListAsync(cancellationToken);
            (trend, typeTrends) = TrendCalculator.Compute(seancesByYear, byTypeAndYear);
        }

        var decisionsTaken = await db.Decisions.AsNoTracking()
            .CountAsync(d => d.Seance.Date >= start && d.Seance.Date <= end && d.Seance.Status != SeanceStatus.Annulee, cancellationToken);
        var followUps = await db.FollowUps.AsNoTracking()
            .Where(f => f.Decision.Seance.Date >= start && f.Decision.Seance.Date <= end && f.Decision.Seance.Status != SeanceStatus.Annulee)
            .Select(f => new FollowUpFact(f.Status, f.DueDate, f.DoneOn))
            .ToListAsync(cancellationToken);

        return new DashboardFigures(
            period,
            today,
            counts.Select(c => c.Year).Distinct().OrderByDescending(y => y).ToList(),
            instances.Count(i => i.IsActive),
            held.Count,
            RegularityCalculator.Compute(instances, counts, start.Year, end.Year, today),
            participation,
            trend,
            typeTrends,
            DecisionCalculator.Compute(decisionsTaken, followUps, today));
    }
}

/// <summary>Members of one type of organisation in one year, on the séances counted.</summary>
public sealed record TypeYearTally(int Year, OrganisationType? Type, int Convened, int Attending);

/// <summary>Séances counted (held, attendance recorded) in one year.</summary>
public sealed record YearSeances(int Year, int Count);

public static class TrendCalculator
{
    /// <summary>The trend from the attendance rows themselves (same rules as the rates).</summary>
    public static (IReadOnlyList<YearParticipation> Overall, IReadOnlyList<TypeTrend> ByType) Compute(
        IReadOnlyList<SeanceFact> seances, IReadOnlyList<AttendanceFact> attendance)
    {
        var all = ParticipationCalculator.Compute(seances, [], attendance);
        var counted = all.PerSeance.Select(s => s.SeanceId).ToHashSet();
        var dates = seances.ToDictionary(s => s.Id, s => s.Date);
        var byTypeAndYear = attendance.Where(a => !a.IsGuest && counted.Contains(a.SeanceId))
            .GroupBy(a => (dates[a.SeanceId].Year, a.OrganisationType))
            .Select(g => new TypeYearTally(g.Key.Year, g.Key.OrganisationType, g.Count(), g.Count(a => ParticipationCalculator.IsAttending(a.Status))))
            .ToList();
        return Compute(all.PerYear.Select(y => new YearSeances(y.Year, y.Seances)).ToList(), byTypeAndYear);
    }

    /// <summary>The participation rate year by year, overall and by type of organisation.</summary>
    public static (IReadOnlyList<YearParticipation> Overall, IReadOnlyList<TypeTrend> ByType) Compute(
        IReadOnlyList<YearSeances> seances, IReadOnlyList<TypeYearTally> tallies)
    {
        var counts = seances.ToDictionary(s => s.Year, s => s.Count);
        var overall = tallies.GroupBy(t => t.Year)
            .Select(g => new YearParticipation(g.Key, counts.GetValueOrDefault(g.Key), new Tally(g.Sum(t => t.Convened), g.Sum(t => t.Attending))))
            .OrderBy(y => y.Year)
            .ToList();
        var byType = tallies.GroupBy(t => t.Type)
            .OrderBy(g => g.Key is null ? int.MaxValue : (int)g.Key)
            .Select(g => new TypeTrend(g.Key, g.Key?.Label() ?? "Type non renseigné",
                g.GroupBy(t => t.Year).ToDictionary(y => y.Key, y => new Tally(y.Sum(t => t.Convened), y.Sum(t => t.Attending)))))
            .ToList();
        return (overall, byType);
    }
}
