using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Figures;

/// <summary>The dates the figures cover: a calendar year, or the CTG's period.</summary>
public sealed record FiguresPeriod(DateOnly From, DateOnly To, string Label)
{
    public static FiguresPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), $"l'année {year}");

    /// <summary>Every séance ever recorded: the whole trend.</summary>
    public static FiguresPeriod AllYears(int firstYear, int lastYear) =>
        new(new DateOnly(firstYear, 1, 1), new DateOnly(lastYear, 12, 31), $"toutes les années ({firstYear}-{lastYear})");

    public bool Contains(DateOnly date) => date >= From && date <= To;
}

/// <summary>Everything the dashboard shows and exports.</summary>
public sealed record DashboardFigures(
    FiguresPeriod Period,
    DateOnly Today,
    IReadOnlyList<int> YearsWithSeances,
    int InstancesActive,
    int SeancesHeld,
    IReadOnlyList<YearRegularity> Regularity,
    ParticipationFigures Participation,
    DecisionFigures Decisions);

/// <summary>
/// Reads what the figures need in a fixed number of queries, whatever the size of the data: counts and
/// attendance are grouped by the database, and only the grouped rows come back.
/// </summary>
internal sealed class DashboardFiguresReader(GovernanceDbContext db)
{
    public async Task<DashboardFigures> ReadAsync(FiguresPeriod period, DateOnly today, CancellationToken cancellationToken)
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

        // Grouped by the database, driven by the séances of the period (index on their date), so that only a
        // few hundred rows come back. Same rules as ParticipationCalculator.Compute(rows): guests apart, held
        // séances, and for organisations only the séances whose attendance is recorded.
        var members = db.Attendances.Where(a => !a.IsGuest);
        var perSeance = await (
                from s in db.Seances
                where s.Status == SeanceStatus.Tenue && s.Date >= start && s.Date <= end
                join a in members on s.Id equals a.SeanceId
                group a by a.SeanceId into g
                select new SeanceTally(g.Key, g.Count(),
                    g.Count(a => a.Status == AttendanceStatus.Present || a.Status == AttendanceStatus.Represente),
                    g.Count(a => a.Status != null)))
            .ToListAsync(cancellationToken);
        var perOrganisation = await (
                from s in db.Seances
                where s.Status == SeanceStatus.Tenue && s.Date >= start && s.Date <= end
                    && db.Attendances.Any(r => r.SeanceId == s.Id && !r.IsGuest && r.Status != null)
                join a in members on s.Id equals a.SeanceId
                group a by new { s.Date.Year, a.OrganisationId, a.OrganisationName, a.OrganisationType } into g
                select new OrganisationTally(g.Key.Year, g.Key.OrganisationId, g.Key.OrganisationName, g.Key.OrganisationType, g.Count(),
                    g.Count(a => a.Status == AttendanceStatus.Present || a.Status == AttendanceStatus.Represente)))
            .ToListAsync(cancellationToken);
        var participation = ParticipationCalculator.Compute(held, instances, perSeance, perOrganisation);

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
            DecisionCalculator.Compute(decisionsTaken, followUps, today));
    }
}

