using Ctg.Modules.Methodology.Domain;
using Ctg.Sdk.Messages.Methodology;

namespace Ctg.Modules.Methodology.Messaging;

/// <summary>A jalon's due date and the day it was done, if it was.</summary>
internal sealed record JalonDue(DateOnly DueOn, DateOnly? DoneOn);

/// <param name="RealisedOn">The day the history records the status set to "Réalisée", when it does.</param>
internal sealed record FicheDue(DateOnly Deadline, FicheStatus Status, DateOnly? RealisedOn);

/// <summary>
/// Counts the deadlines kept over a period, up to today. A jalon is kept when done on or before its date.
/// A fiche is kept when it is réalisée and its history shows it became so on or before its échéance; a
/// fiche réalisée whose history does not say when (imported, or older than the history) counts as kept.
/// Every other deadline of the period is missed.
/// </summary>
internal static class DeadlinesCount
{
    /// <summary>The history's label of the status field.</summary>
    public const string StatusField = "Statut";

    public static DeadlinesKept Count(DateOnly from, DateOnly to, DateOnly today, IEnumerable<JalonDue> jalons, IEnumerable<FicheDue> fiches)
    {
        var end = to < today ? to : today;
        bool InPeriod(DateOnly date) => date >= from && date <= end;
        var due = 0;
        var kept = 0;
        foreach (var jalon in jalons.Where(j => InPeriod(j.DueOn)))
        {
            due++;
            if (jalon.DoneOn <= jalon.DueOn)
            {
                kept++;
            }
        }
        foreach (var fiche in fiches.Where(f => InPeriod(f.Deadline)))
        {
            due++;
            if (fiche.Status == FicheStatus.Realisee && (fiche.RealisedOn is null || fiche.RealisedOn <= fiche.Deadline))
            {
                kept++;
            }
        }
        return new DeadlinesKept(due, kept, due - kept);
    }

    /// <summary>The day in France of an instant of the history.</summary>
    public static DateOnly FrenchDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, French.TimeZone).DateTime);
}
