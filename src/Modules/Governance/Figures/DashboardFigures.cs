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

        // Held séances: of every year for the trend, of the period otherwise.
        var heldQuery = db.Seances.AsNoTracking().Where(s => s.Status == SeanceStatus.Tenue);
        if (!withTrend)
        {
            heldQuery = heldQuery.Where(s => s.Date >= start && s.Date <= end);
        }
        var held = await heldQuery
            .Select(s => new SeanceFact(s.Id, s.InstanceId, s.Date, s.Status))
            .ToListAsync(cancellationToken);

        var periodAttendance = await (
                from a in db.Attendances.AsNoTracking()
                join s in db.Seances on a.SeanceId equals s.Id
                where !a.IsGuest && s.Status == SeanceStatus.Tenue && s.Date >= start && s.Date <= end
                group a by new { a.SeanceId, a.OrganisationId, a.OrganisationName, a.OrganisationType } into g
                select new AttendanceGroup(g.Key.SeanceId, g.Key.OrganisationId, g.Key.OrganisationName, g.Key.OrganisationType,
                    g.Count(),
                    g.Count(a => a.Status == AttendanceStatus.Present || a.Status == AttendanceStatus.Represente),
                    g.Count(a => a.Status != null)))
            .ToListAsync(cancellationToken);

        var periodSeances = held.Where(s => period.Contains(s.Date)).ToList();
        var participation = ParticipationCalculator.Compute(periodSeances, instances, periodAttendance);

        IReadOnlyList<YearParticipation> trend = [];
        IReadOnlyList<TypeTrend> typeTrends = [];
        if (withTrend)
        {
            var byType = await (
                    from a in db.Attendances.AsNoTracking()
                    join s in db.Seances on a.SeanceId equals s.Id
                    where !a.IsGuest && s.Status == SeanceStatus.Tenue
                    group a by new { a.SeanceId, a.OrganisationType } into g
                    select new AttendanceGroup(g.Key.SeanceId, null, null, g.Key.OrganisationType,
                        g.Count(),
                        g.Count(a => a.Status == AttendanceStatus.Present || a.Status == AttendanceStatus.Represente),
                        g.Count(a => a.Status != null)))
                .ToListAsync(cancellationToken);
            (trend, typeTrends) = TrendCalculator.Compute(held, instances, byType);
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
            periodSeances.Count,
            RegularityCalculator.Compute(instances, counts, start.Year, end.Year, today),
            participation,
            trend,
            typeTrends,
            DecisionCalculator.Compute(decisionsTaken, followUps, today));
    }
}

public static class TrendCalculator
{
    /// <summary>The participation rate year by year, overall and by type of organisation.</summary>
    public static (IReadOnlyList<YearParticipation> Overall, IReadOnlyList<TypeTrend> ByType) Compute(
        IReadOnlyList<SeanceFact> seances, IReadOnlyList<InstanceFact> instances, IReadOnlyList<AttendanceGroup> groups)
    {
        var all = ParticipationCalculator.Compute(seances, instances, groups);
        var years = all.PerYear.Select(y => y.Year).ToList();
        // Keyed by the type's number, -1 for "not given": a dictionary key cannot be null.
        var byType = new Dictionary<int, (OrganisationType? Type, Dictionary<int, Tally> ByYear)>();
        foreach (var year in years)
        {
            var ofYear = seances.Where(s => s.Date.Year == year).ToList();
            var ids = ofYear.Select(s => s.Id).ToHashSet();
            foreach (var type in ParticipationCalculator.Compute(ofYear, instances, groups.Where(g => ids.Contains(g.SeanceId))).PerType)
            {
                var key = type.Type is { } t ? (int)t : -1;
                if (!byType.TryGetValue(key, out var entry))
                {
                    byType[key] = entry = (type.Type, []);
                }
                entry.ByYear[year] = type.Tally;
            }
        }
        var trends = byType
            .OrderBy(t => t.Key < 0 ? int.MaxValue : t.Key)
            .Select(t => new TypeTrend(t.Value.Type, t.Value.Type?.Label() ?? "Type non renseigné", t.Value.ByYear))
            .ToList();
        return (all.PerYear, trends);
    }
}
