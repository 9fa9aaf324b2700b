using Ctg.Modules.Methodology.Domain;

namespace Ctg.Modules.Methodology.Appui;

/// <summary>What the figures of the appui read of each demande.</summary>
public sealed record DemandeFacts(DemandeStatus Status, RequesterKind RequesterKind, DateOnly ReceivedOn, DateOnly? DueOn, DateOnly? AnsweredOn, decimal? HoursSpent);

/// <summary>
/// The appui made countable: demandes by status and by requester, the time spent, how fast answers come
/// (median of the days from reception to answer, over the demandes answered) and the open ones past due.
/// </summary>
/// <param name="ByStatus">Every status, in order.</param>
/// <param name="ByRequesterKind">Every kind of requester, in order.</param>
/// <param name="MedianResponseDays">Null when no demande has been answered.</param>
public sealed record AppuiFigures(
    int Total,
    IReadOnlyList<KeyValuePair<DemandeStatus, int>> ByStatus,
    IReadOnlyList<KeyValuePair<RequesterKind, int>> ByRequesterKind,
    decimal HoursSpent,
    double? MedianResponseDays,
    int Late)
{
    public static AppuiFigures Of(IEnumerable<DemandeFacts> demandes, DateOnly today)
    {
        var all = demandes.ToList();
        var delays = all.Where(d => d.AnsweredOn is not null)
            .Select(d => Math.Max(0, d.AnsweredOn!.Value.DayNumber - d.ReceivedOn.DayNumber))
            .Order()
            .ToList();
        return new AppuiFigures(
            all.Count,
            Enum.GetValues<DemandeStatus>().Select(s => new KeyValuePair<DemandeStatus, int>(s, all.Count(d => d.Status == s))).ToList(),
            Enum.GetValues<RequesterKind>().Select(k => new KeyValuePair<RequesterKind, int>(k, all.Count(d => d.RequesterKind == k))).ToList(),
            all.Sum(d => d.HoursSpent ?? 0),
            Median(delays),
            all.Count(d => d.Status.IsOpen() && d.DueOn < today));
    }

    private static double? Median(IReadOnlyList<int> sorted) =>
        sorted.Count == 0 ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
        : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2.0;
}
