using Ctg.Modules.Methodology.Domain;

namespace Ctg.Modules.Methodology.Dashboard;

/// <summary>What the follow-up figures need of a fiche: no long text.</summary>
/// <param name="LastUpdate">The day of <see cref="FicheAction.UpdatedAt"/> in France.</param>
public sealed record FicheRow(
    Guid Id, string Number, string Title, FicheStatus Status, int Progress, Meteo? Meteo, DateOnly? Deadline, string? Pilote, DateOnly LastUpdate);

/// <summary>A jalon, as the figures need it.</summary>
public sealed record JalonRow(Guid FicheId, string Title, DateOnly DueOn, DateOnly? DoneOn);

/// <summary>A node of the chosen plan (any depth); the figures group by its top-level ancestor.</summary>
public sealed record AxisNode(Guid Id, Guid? ParentId, int Position, string? Code, string Title);

/// <summary>The chosen plan's tree and where each of its fiches sits (null: in the plan, under no node).</summary>
public sealed record PlanLayout(IReadOnlyList<AxisNode> Nodes, IReadOnlyDictionary<Guid, Guid?> Placements);

/// <param name="Share">Between 0 and 1; null when there is no fiche at all.</param>
public sealed record StatusShare(FicheStatus Status, int Count, double? Share);

/// <param name="Meteo">Null: météo not given.</param>
public sealed record MeteoShare(Meteo? Meteo, int Count, double? Share)
{
    public string Label => Meteo?.Label() ?? "Non renseignée";
}

/// <summary>A top-level node of the plan and the fiches of its whole subtree; <see cref="NodeId"/> null is "Sans axe".</summary>
public sealed record AxisRow(Guid? NodeId, string? Code, string Title, IReadOnlyList<int> ByStatus, int Total, double? MeanProgress)
{
    public int Count(FicheStatus status) => ByStatus[(int)status];
}

/// <param name="Name">The pilote as written on the fiches, or <see cref="FicheFigures.NoPilote"/>.</param>
public sealed record PiloteRow(string Name, int Count, int Done, int Late, double? MeanProgress);

/// <summary>A fiche past its échéance, or with a jalon past its date, while neither réalisée nor abandonnée.</summary>
/// <param name="Since">The oldest date missed: the échéance or a jalon's date.</param>
public sealed record OverdueFiche(FicheRow Fiche, bool DeadlinePassed, IReadOnlyList<JalonRow> LateJalons, DateOnly Since);

public sealed record StaleFiche(FicheRow Fiche, int DaysSinceUpdate);

/// <summary>
/// The follow-up figures of a set of fiches (a plan's, or every fiche): by status, by axis, by pilote, the
/// overdue ones, the ones not updated for N months, the météo. Pure: the page reads small records, this
/// class counts. Rules: a réalisée or abandonnée fiche is never late nor stale; a fiche is late when its
/// échéance is before today or one of its jalons is undone and before today; a fiche is stale when its last
/// change is before today minus N months.
/// </summary>
public sealed record FicheFigures(
    int Total,
    IReadOnlyList<StatusShare> ByStatus,
    IReadOnlyList<AxisRow> ByAxis,
    IReadOnlyList<PiloteRow> ByPilote,
    IReadOnlyList<OverdueFiche> Overdue,
    IReadOnlyList<StaleFiche> Stale,
    IReadOnlyList<MeteoShare> ByMeteo,
    double? MeanProgress,
    DateOnly StaleBefore)
{
    public const string NoPilote = "Pilote non renseigné";
    public const string NoAxis = "Sans axe";

    /// <param name="plan">The chosen plan's tree and placements; null for every fiche (no axes then).</param>
    public static FicheFigures Compute(IReadOnlyList<FicheRow> fiches, IReadOnlyList<JalonRow> jalons, DateOnly today, int staleMonths, PlanLayout? plan)
    {
        var lateJalons = jalons.Where(j => j.DoneOn is null && j.DueOn < today).ToLookup(j => j.FicheId);
        var overdue = new List<OverdueFiche>();
        foreach (var fiche in fiches.Where(f => !f.Status.IsClosed()))
        {
            var deadlinePassed = fiche.Deadline < today;
            var late = lateJalons[fiche.Id].OrderBy(j => j.DueOn).ThenBy(j => j.Title, French.Comparer).ToList();
            if (deadlinePassed || late.Count > 0)
            {
                var since = late.Select(j => j.DueOn).Concat(deadlinePassed ? [fiche.Deadline!.Value] : []).Min();
                overdue.Add(new OverdueFiche(fiche, deadlinePassed, late, since));
            }
        }
        var lateIds = overdue.Select(o => o.Fiche.Id).ToHashSet();

        var staleBefore = today.AddMonths(-staleMonths);
        var stale = fiches.Where(f => IsStale(f.Status, f.LastUpdate, staleBefore))
            .OrderBy(f => f.LastUpdate).ThenBy(f => f.Number, FicheNumberComparer.Instance)
            .Select(f => new StaleFiche(f, today.DayNumber - f.LastUpdate.DayNumber))
            .ToList();

        var pilotes = fiches
            .GroupBy(f => string.IsNullOrWhiteSpace(f.Pilote) ? null : f.Pilote.Trim(), NullableComparer.Instance)
            .OrderBy(g => g.Key is null)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, French.Comparer)
            .Select(g => new PiloteRow(g.Key ?? NoPilote, g.Count(), g.Count(f => f.Status == FicheStatus.Realisee),
                g.Count(f => lateIds.Contains(f.Id)), Mean(g.Select(f => f.Progress))))
            .ToList();

        return new FicheFigures(
            fiches.Count,
            StatusShares(fiches.Select(f => f.Status)),
            plan is null ? [] : Axes(fiches, plan),
            pilotes,
            overdue.OrderBy(o => o.Since).ThenBy(o => o.Fiche.Number, FicheNumberComparer.Instance).ToList(),
            stale,
            MeteoShares(fiches.Select(f => f.Meteo)),
            Mean(fiches.Select(f => f.Progress)),
            staleBefore);
    }

    public static bool IsStale(FicheStatus status, DateOnly lastUpdate, DateOnly staleBefore) =>
        !status.IsClosed() && lastUpdate < staleBefore;

    /// <summary>Every status, in their order, with its count and share.</summary>
    public static IReadOnlyList<StatusShare> StatusShares(IEnumerable<FicheStatus> statuses)
    {
        var counts = new int[FicheStatuses.All.Count];
        foreach (var status in statuses)
        {
            counts[(int)status]++;
        }
        var total = counts.Sum();
        return FicheStatuses.All.Select(s => new StatusShare(s, counts[(int)s], Share(counts[(int)s], total))).ToList();
    }

    /// <summary>Favorable, Vigilance, Difficulté, then "non renseignée".</summary>
    public static IReadOnlyList<MeteoShare> MeteoShares(IEnumerable<Meteo?> meteos)
    {
        var list = meteos.ToList();
        return Enum.GetValues<Meteo>().Select(m => (Meteo?)m).Append(null)
            .Select(m => new MeteoShare(m, list.Count(x => x == m), Share(list.Count(x => x == m), list.Count)))
            .ToList();
    }

    public static double? Mean(IEnumerable<int> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : list.Average();
    }

    private static double? Share(int count, int total) => total == 0 ? null : (double)count / total;

    private static List<AxisRow> Axes(IReadOnlyList<FicheRow> fiches, PlanLayout plan)
    {
        var byId = plan.Nodes.ToDictionary(n => n.Id);
        var roots = plan.Nodes.Where(n => n.ParentId is null || !byId.ContainsKey(n.ParentId.Value))
            .OrderBy(n => n.Position).ThenBy(n => n.Code ?? "", FicheNumberComparer.Instance).ToList();
        var rootOf = new Dictionary<Guid, Guid>();
        foreach (var node in plan.Nodes)
        {
            var current = node;
            // A tree has at most Plan.MaxDepth levels; the bound also stops on a corrupted cycle.
            for (var hops = 0; current.ParentId is { } parent && byId.TryGetValue(parent, out var up) && hops < 64; hops++)
            {
                current = up;
            }
            rootOf[node.Id] = current.Id;
        }

        var groups = fiches.GroupBy(f => plan.Placements.TryGetValue(f.Id, out var node) && node is { } id && rootOf.TryGetValue(id, out var root)
            ? root
            : (Guid?)null).ToDictionary(g => g.Key ?? Guid.Empty, g => g.ToList());
        var rows = roots.Select(r => Row(r.Id, r.Code, r.Title, groups.GetValueOrDefault(r.Id) ?? [])).ToList();
        if (groups.TryGetValue(Guid.Empty, out var unplaced))
        {
            rows.Add(Row(null, null, NoAxis, unplaced));
        }
        return rows;

        static AxisRow Row(Guid? id, string? code, string title, List<FicheRow> members)
        {
            var counts = new int[FicheStatuses.All.Count];
            foreach (var fiche in members)
            {
                counts[(int)fiche.Status]++;
            }
            return new AxisRow(id, code, title, counts, members.Count, Mean(members.Select(f => f.Progress)));
        }
    }

    /// <summary>Groups pilotes written "Anne Martin" and "anne martin " together; null (no pilote) is its own group.</summary>
    private sealed class NullableComparer : IEqualityComparer<string?>
    {
        public static readonly NullableComparer Instance = new();

        public bool Equals(string? x, string? y) => x is null || y is null ? x is null && y is null : French.Comparer.Equals(x, y);

        public int GetHashCode(string? value) => value is null ? 0 : French.Comparer.GetHashCode(value);
    }
}

/// <summary>Figures as the dashboard and the briefs write them, in French.</summary>
public static class FigureFormat
{
    /// <summary>"33,3 %", or "—" when there is nothing to divide.</summary>
    public static string Percent(double? share) =>
        share is { } s ? (s * 100).ToString("0.0", French.Culture) + "\u202F%" : "—";

    /// <summary>A mean % d'avancement, rounded: "47 %", or "—".</summary>
    public static string Progress(double? mean) =>
        mean is { } m ? Math.Round(m, MidpointRounding.AwayFromZero).ToString("0", French.Culture) + "\u202F%" : "—";

    /// <summary>The class that gives a bar its width for a share ("bar-33"): the host's style sheet holds one
    /// class per whole percent, as the security policy allows no inline style attribute.</summary>
    public static string BarClass(double? share) => BarClass((int)Math.Round((share ?? 0) * 100, MidpointRounding.AwayFromZero));

    /// <summary>The class that gives a bar its width for a percentage (% d'avancement), kept within 0–100.</summary>
    public static string BarClass(int percent) => "bar-" + Math.Clamp(percent, 0, 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
