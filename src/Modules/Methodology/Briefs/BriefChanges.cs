using Ctg.Modules.Methodology.Domain;

namespace Ctg.Modules.Methodology.Briefs;

/// <summary>One line of a fiche's history, as the brief summarises it.</summary>
public sealed record HistoryLine(Guid FicheId, DateTimeOffset At, string UserName, string Field);

public sealed record StatusChange(BriefFicheState Before, BriefFicheState After);

public sealed record ProgressChange(BriefFicheState Before, BriefFicheState After)
{
    public int Delta => After.Progress - Before.Progress;
}

/// <summary>The history of one fiche between two briefs, summed up: how many changes, to which fields, by whom.</summary>
/// <param name="Fields">Fields changed, in the order they were first changed.</param>
public sealed record FicheHistorySummary(Guid FicheId, string Number, string Title, int Changes, IReadOnlyList<string> Fields, IReadOnlyList<string> Authors);

/// <summary>
/// What changed on a perimeter between the previous brief and this one: fiches whose status or progress
/// moved, fiches that entered or left the perimeter (both snapshots compared), and the history lines of the
/// perimeter's fiches recorded between the two briefs, summed up per fiche. Pure.
/// </summary>
public sealed record BriefChanges(
    IReadOnlyList<StatusChange> StatusChanges,
    IReadOnlyList<ProgressChange> ProgressChanges,
    IReadOnlyList<BriefFicheState> NewFiches,
    IReadOnlyList<BriefFicheState> LeftFiches,
    IReadOnlyList<FicheHistorySummary> Histories)
{
    public bool IsEmpty => StatusChanges.Count == 0 && ProgressChanges.Count == 0 && NewFiches.Count == 0 && LeftFiches.Count == 0 && Histories.Count == 0;

    /// <param name="from">When the previous brief was generated (excluded).</param>
    /// <param name="to">When this brief was generated (included).</param>
    public static BriefChanges Compare(
        IReadOnlyList<BriefFicheState> previous, IReadOnlyList<BriefFicheState> current, IReadOnlyList<HistoryLine> history,
        DateTimeOffset from, DateTimeOffset to)
    {
        var before = previous.ToDictionary(s => s.FicheId);
        var after = current.ToDictionary(s => s.FicheId);
        var kept = current.Where(s => before.ContainsKey(s.FicheId)).Select(s => (Before: before[s.FicheId], After: s)).OrderBy(p => p.After.Number, FicheNumberComparer.Instance).ToList();

        var histories = history
            .Where(h => h.At > from && h.At <= to && (after.ContainsKey(h.FicheId) || before.ContainsKey(h.FicheId)))
            .GroupBy(h => h.FicheId)
            .Select(g =>
            {
                var state = after.GetValueOrDefault(g.Key) ?? before[g.Key];
                var lines = g.OrderBy(h => h.At).ToList();
                return new FicheHistorySummary(g.Key, state.Number, state.Title, lines.Count,
                    lines.Select(h => h.Field).Distinct(StringComparer.Ordinal).ToList(),
                    lines.Select(h => h.UserName).Distinct(StringComparer.Ordinal).ToList());
            })
            .OrderBy(h => h.Number, FicheNumberComparer.Instance)
            .ToList();

        return new BriefChanges(
            kept.Where(p => p.Before.Status != p.After.Status).Select(p => new StatusChange(p.Before, p.After)).ToList(),
            kept.Where(p => p.Before.Progress != p.After.Progress).Select(p => new ProgressChange(p.Before, p.After)).ToList(),
            current.Where(s => !before.ContainsKey(s.FicheId)).OrderBy(s => s.Number, FicheNumberComparer.Instance).ToList(),
            previous.Where(s => !after.ContainsKey(s.FicheId)).OrderBy(s => s.Number, FicheNumberComparer.Instance).ToList(),
            histories);
    }
}

/// <summary>A jalon as the brief reads it.</summary>
public sealed record BriefJalon(Guid FicheId, string Title, DateOnly DueOn, DateOnly? DoneOn);

public sealed record OverdueJalon(BriefFicheState Fiche, BriefJalon Jalon);

/// <summary>
/// What was overdue on the brief's date: fiches of the snapshot neither réalisées nor abandonnées whose
/// échéance was before that date, and jalons of those open fiches due before that date and not done by it
/// (done later counts as overdue then). Pure.
/// </summary>
public sealed record BriefOverdue(IReadOnlyList<BriefFicheState> Fiches, IReadOnlyList<OverdueJalon> Jalons)
{
    public static BriefOverdue AsOf(IReadOnlyList<BriefFicheState> states, IReadOnlyList<BriefJalon> jalons, DateOnly asOf)
    {
        var open = states.Where(s => !s.Status.IsClosed()).ToDictionary(s => s.FicheId);
        return new BriefOverdue(
            open.Values.Where(s => s.Deadline < asOf).OrderBy(s => s.Deadline).ThenBy(s => s.Number, FicheNumberComparer.Instance).ToList(),
            jalons.Where(j => open.ContainsKey(j.FicheId) && j.DueOn < asOf && (j.DoneOn is null || j.DoneOn > asOf))
                .Select(j => new OverdueJalon(open[j.FicheId], j))
                .OrderBy(o => o.Jalon.DueOn).ThenBy(o => o.Fiche.Number, FicheNumberComparer.Instance).ThenBy(o => o.Jalon.Title, French.Comparer)
                .ToList());
    }
}
