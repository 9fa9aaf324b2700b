using Ctg.Modules.Governance.Domain;

namespace Ctg.Modules.Governance.Figures;

/// <summary>Séances of an instance in a year, by status.</summary>
public sealed record SeanceCount(Guid InstanceId, int Year, SeanceStatus Status, int Count);

/// <summary>Séances held by an instance in a year against its expected rhythm.</summary>
public sealed record YearRegularity(Guid InstanceId, string InstanceName, int Year, int Expected, int Held, int Planned, Regularity Regularity);

public static class RegularityCalculator
{
    /// <summary>
    /// One row per instance and year, for the years of the period up to the current one. The current year
    /// follows <see cref="Regularity.Of"/> (pro rata, planned séances included); a past year is "à jour" when the
    /// séances held reach the expected number. An inactive instance appears only for the years it held séances.
    /// </summary>
    public static IReadOnlyList<YearRegularity> Compute(
        IEnumerable<InstanceFact> instances,
        IEnumerable<SeanceCount> counts,
        int fromYear,
        int toYear,
        DateOnly today)
    {
        var byKey = counts.GroupBy(c => (c.InstanceId, c.Year))
            .ToDictionary(g => g.Key, g => (
                Held: g.Where(c => c.Status == SeanceStatus.Tenue).Sum(c => c.Count),
                Planned: g.Where(c => c.Status == SeanceStatus.Planifiee).Sum(c => c.Count)));
        var rows = new List<YearRegularity>();
        var lastYear = Math.Min(toYear, today.Year);
        foreach (var instance in instances.OrderBy(i => i.Name, French.Comparer))
        {
            for (var year = fromYear; year <= lastYear; year++)
            {
                var (held, planned) = byKey.GetValueOrDefault((instance.Id, year));
                if (!instance.IsActive && held == 0)
                {
                    continue;
                }
                rows.Add(new YearRegularity(instance.Id, instance.Name, year, instance.ExpectedPerYear, held, planned,
                    Of(instance.ExpectedPerYear, held, planned, year, today)));
            }
        }
        return rows;
    }

    public static Regularity Of(int expected, int held, int planned, int year, DateOnly today)
    {
        if (year >= today.Year)
        {
            return Regularity.Of(expected, held, planned, today);
        }
        if (expected <= 0)
        {
            return new Regularity(true, "Sans rythme fixé");
        }
        return held >= expected ? new Regularity(true, "À jour") : new Regularity(false, "En retard");
    }
}

/// <summary>A follow-up of a decision, as the figures need it.</summary>
public sealed record FollowUpFact(FollowUpStatus Status, DateOnly? DueDate, DateOnly? DoneOn);

/// <param name="Considered">Follow-ups done, or open past their due date: the denominator.</param>
/// <param name="DoneOnTime">Follow-ups done on or before their due date (or done with no due date).</param>
public sealed record DecisionFigures(int DecisionsTaken, int FollowUps, int Considered, int DoneOnTime, int Overdue)
{
    public double? OnTimeShare => Considered == 0 ? null : DoneOnTime / (double)Considered;
}

public static class DecisionCalculator
{
    public static DecisionFigures Compute(int decisionsTaken, IEnumerable<FollowUpFact> followUps, DateOnly today)
    {
        int total = 0, considered = 0, onTime = 0, overdue = 0;
        foreach (var followUp in followUps)
        {
            total++;
            if (followUp.Status == FollowUpStatus.Faite)
            {
                considered++;
                if (followUp.DueDate is null || followUp.DoneOn <= followUp.DueDate)
                {
                    onTime++;
                }
            }
            else if (followUp.Status.IsOpen() && followUp.DueDate < today)
            {
                considered++;
                overdue++;
            }
        }
        return new DecisionFigures(decisionsTaken, total, considered, onTime, overdue);
    }
}
