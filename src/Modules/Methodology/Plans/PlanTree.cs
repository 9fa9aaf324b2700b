using Ctg.Modules.Methodology.Domain;

namespace Ctg.Modules.Methodology.Plans;

/// <summary>A node of a plan as the pages read it: no fiche, no long text.</summary>
public sealed record PlanNodeRow(Guid Id, Guid? ParentId, int Position, string? Code, string Title);

/// <summary>What the tree needs to know of a fiche placed in a plan.</summary>
public interface IPlacedFiche
{
    Guid FicheId { get; }
    /// <summary>The node the fiche sits under; null when it is in the plan without a node yet.</summary>
    Guid? NodeId { get; }
    string Number { get; }
    FicheStatus Status { get; }
}

/// <summary>A node with its children and fiches, and how many fiches (réalisées or not) sit under it.</summary>
public sealed class PlanTreeNode<TFiche> where TFiche : IPlacedFiche
{
    internal PlanTreeNode(PlanNodeRow row, PlanTreeNode<TFiche>? parent)
    {
        Row = row;
        Parent = parent;
        Depth = parent is null ? 0 : parent.Depth + 1;
    }

    public PlanNodeRow Row { get; }
    public Guid Id => Row.Id;
    public PlanTreeNode<TFiche>? Parent { get; }
    /// <summary>Depth in the tree as built (0 = top level), whatever the stored depth says.</summary>
    public int Depth { get; }
    public List<PlanTreeNode<TFiche>> Children { get; } = [];
    /// <summary>Fiches placed directly under this node, in the order the plan is read (by number).</summary>
    public List<TFiche> Fiches { get; } = [];
    /// <summary>Fiches under this node and all its descendants.</summary>
    public int FicheCount { get; internal set; }
    /// <summary>Of <see cref="FicheCount"/>, those réalisées.</summary>
    public int DoneCount { get; internal set; }

    /// <summary>This node's ancestors from the top level down, then itself.</summary>
    public IReadOnlyList<PlanTreeNode<TFiche>> Path
    {
        get
        {
            var path = new List<PlanTreeNode<TFiche>>();
            for (var node = this; node is not null; node = node.Parent)
            {
                path.Add(node);
            }
            path.Reverse();
            return path;
        }
    }

    /// <summary>"Axe 2 — Parentalité" with the plan's label of this node's level.</summary>
    public string Label(Plan plan) => PlanTree.NodeLabel(plan.LevelLabel(Depth), Row.Code, Row.Title);
}

public static class PlanTree
{
    /// <summary>
    /// Builds the tree in memory from flat rows: nodes by <see cref="PlanNodeRow.Position"/> among their
    /// siblings, fiches under their node by number. A node whose parent is unknown is shown at the top level and
    /// a fiche whose node is unknown is unplaced, so that nothing of the plan is ever hidden.
    /// </summary>
    public static PlanTree<TFiche> Build<TFiche>(IEnumerable<PlanNodeRow> nodes, IEnumerable<TFiche> fiches) where TFiche : IPlacedFiche
    {
        var rows = nodes.ToList();
        var ids = rows.Select(r => r.Id).ToHashSet();
        var byParent = rows
            .GroupBy(r => r.ParentId is { } parent && ids.Contains(parent) && parent != r.Id ? parent : (Guid?)null)
            .ToDictionary(g => g.Key ?? Guid.Empty, g => g.OrderBy(r => r.Position).ThenBy(r => r.Code ?? "", FicheNumberComparer.Instance).ToList());
        var index = new Dictionary<Guid, PlanTreeNode<TFiche>>();
        var roots = new List<PlanTreeNode<TFiche>>();
        var flat = new List<PlanTreeNode<TFiche>>();

        void Attach(Guid key, PlanTreeNode<TFiche>? parent, List<PlanTreeNode<TFiche>> siblings)
        {
            if (!byParent.TryGetValue(key, out var children))
            {
                return;
            }
            foreach (var row in children)
            {
                if (index.ContainsKey(row.Id))
                {
                    continue;
                }
                var node = new PlanTreeNode<TFiche>(row, parent);
                index[row.Id] = node;
                siblings.Add(node);
                flat.Add(node);
                Attach(row.Id, node, node.Children);
            }
        }

        Attach(Guid.Empty, null, roots);
        // Rows caught in a cycle of parents never hang from the top: show them at the top level.
        foreach (var row in rows.Where(r => !index.ContainsKey(r.Id)).OrderBy(r => r.Position))
        {
            var node = new PlanTreeNode<TFiche>(row, null);
            index[row.Id] = node;
            roots.Add(node);
            flat.Add(node);
        }

        var unplaced = new List<TFiche>();
        foreach (var fiche in fiches.OrderBy(f => f.Number, FicheNumberComparer.Instance))
        {
            if (fiche.NodeId is { } nodeId && index.TryGetValue(nodeId, out var node))
            {
                node.Fiches.Add(fiche);
                for (var up = node; up is not null; up = up.Parent)
                {
                    up.FicheCount++;
                    if (fiche.Status == FicheStatus.Realisee)
                    {
                        up.DoneCount++;
                    }
                }
            }
            else
            {
                unplaced.Add(fiche);
            }
        }
        return new PlanTree<TFiche>(roots, flat, unplaced, index);
    }

    /// <summary>"Axe 2 — Parentalité"; "Axe — Parentalité" when the node has no code.</summary>
    public static string NodeLabel(string levelLabel, string? code, string title) =>
        string.IsNullOrWhiteSpace(code) ? $"{levelLabel} — {title}" : $"{levelLabel} {code.Trim()} — {title}";
}

/// <param name="Roots">Top-level nodes in order.</param>
/// <param name="Nodes">Every node, as the plan is read (a node, then its descendants).</param>
/// <param name="Unplaced">Fiches of the plan not (or no longer) under a node.</param>
public sealed record PlanTree<TFiche>(
    IReadOnlyList<PlanTreeNode<TFiche>> Roots,
    IReadOnlyList<PlanTreeNode<TFiche>> Nodes,
    IReadOnlyList<TFiche> Unplaced,
    IReadOnlyDictionary<Guid, PlanTreeNode<TFiche>> Index) where TFiche : IPlacedFiche
{
    public PlanTreeNode<TFiche>? Find(Guid? id) => id is { } key && Index.TryGetValue(key, out var node) ? node : null;

    /// <summary>Every fiche of the plan, in reading order: under each node in turn, then the unplaced ones.</summary>
    public IEnumerable<(PlanTreeNode<TFiche>? Node, TFiche Fiche)> FichesInOrder() =>
        Nodes.SelectMany(n => n.Fiches.Select(f => ((PlanTreeNode<TFiche>?)n, f)))
            .Concat(Unplaced.Select(f => ((PlanTreeNode<TFiche>?)null, f)));

    /// <summary>Depth of the deepest node plus one: how many levels the plan actually uses.</summary>
    public int LevelsUsed => Nodes.Count == 0 ? 0 : Nodes.Max(n => n.Depth) + 1;
}
