using Ctg.Modules.Methodology.Dashboard;
using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Briefs;

/// <summary>A perimeter a brief can cover, as the form offers it.</summary>
/// <param name="Value">"plan:{id}", "noeud:{id}" or "theme:{thématique}".</param>
/// <param name="Group">"Plans d'actions", "Axes et objectifs", "Thématiques".</param>
public sealed record PerimeterOption(string Value, string Label, string Group);

/// <summary>A perimeter once chosen: what the brief stores.</summary>
public sealed record ChosenPerimeter(BriefPerimeter Kind, Guid? PlanId, Guid? NodeId, string? Theme, string Label);

/// <summary>
/// The perimeters of the briefs: a whole plan, a node of a plan with everything under it, or a thématique;
/// and the fiches each covers. A fiche belongs to one node per plan.
/// </summary>
internal static class BriefPerimeters
{
    public const string PlanPrefix = "plan:";
    public const string NodePrefix = "noeud:";
    public const string ThemePrefix = "theme:";

    public static async Task<List<PerimeterOption>> OptionsAsync(MethodologyDbContext db, CancellationToken cancellationToken)
    {
        var plans = await FicheRows.PlansAsync(db, cancellationToken);
        var nodes = await db.PlanNodes.AsNoTracking()
            .Select(n => new { n.Id, n.PlanId, n.ParentId, n.Depth, n.Position, n.Code, n.Title })
            .ToListAsync(cancellationToken);
        var themes = await db.Fiches.Where(f => f.Theme != null && f.Theme != "").Select(f => f.Theme!).Distinct().ToListAsync(cancellationToken);

        var options = plans.Select(p => new PerimeterOption(PlanPrefix + p.Id, p.Title, "Plans d'actions")).ToList();
        foreach (var plan in plans)
        {
            var levels = new Plan { LevelLabels = plan.LevelLabels };
            var children = nodes.Where(n => n.PlanId == plan.Id).ToLookup(n => n.ParentId);
            // Depth first, siblings by position: the order in which the plan is read.
            void Walk(Guid? parent, int guard)
            {
                if (guard > Plan.MaxDepth + 2)
                {
                    return;
                }
                foreach (var node in children[parent].OrderBy(n => n.Position).ThenBy(n => n.Code ?? "", FicheNumberComparer.Instance))
                {
                    options.Add(new PerimeterOption(NodePrefix + node.Id,
                        $"{plan.Title} › {new string('\u00A0', node.Depth * 2)}{FicheRows.NodeLabel(levels.LevelLabel(node.Depth), node.Code, node.Title)}",
                        "Axes et objectifs"));
                    Walk(node.Id, guard + 1);
                }
            }
            Walk(null, 0);
        }
        options.AddRange(themes.Order(French.Comparer).Select(t => new PerimeterOption(ThemePrefix + t, t, "Thématiques")));
        return options;
    }

    /// <summary>The perimeter a form value names, with its label; null when it names nothing that exists.</summary>
    public static async Task<ChosenPerimeter?> ResolveAsync(MethodologyDbContext db, string value, CancellationToken cancellationToken)
    {
        if (value.StartsWith(PlanPrefix, StringComparison.Ordinal) && Guid.TryParse(value[PlanPrefix.Length..], out var planId))
        {
            var title = await db.Plans.Where(p => p.Id == planId).Select(p => p.Title).FirstOrDefaultAsync(cancellationToken);
            return title is null ? null : new ChosenPerimeter(BriefPerimeter.Plan, planId, null, null, title);
        }
        if (value.StartsWith(NodePrefix, StringComparison.Ordinal) && Guid.TryParse(value[NodePrefix.Length..], out var nodeId))
        {
            var node = await db.PlanNodes.Where(n => n.Id == nodeId)
                .Join(db.Plans, n => n.PlanId, p => p.Id, (n, p) => new { n.PlanId, n.Depth, n.Code, n.Title, Plan = p.Title, p.LevelLabels })
                .FirstOrDefaultAsync(cancellationToken);
            return node is null
                ? null
                : new ChosenPerimeter(BriefPerimeter.Node, node.PlanId, nodeId, null,
                    $"{node.Plan} › {FicheRows.NodeLabel(new Plan { LevelLabels = node.LevelLabels }.LevelLabel(node.Depth), node.Code, node.Title)}");
        }
        if (value.StartsWith(ThemePrefix, StringComparison.Ordinal) && value[ThemePrefix.Length..] is { Length: > 0 } theme
            && await db.Fiches.AnyAsync(f => f.Theme == theme, cancellationToken))
        {
            return new ChosenPerimeter(BriefPerimeter.Theme, null, null, theme, $"Thématique « {theme} »");
        }
        return null;
    }

    /// <summary>The fiches of a perimeter now: a plan's, a node's and its descendants', or a thématique's.</summary>
    public static async Task<List<Guid>> FicheIdsAsync(MethodologyDbContext db, ChosenPerimeter perimeter, CancellationToken cancellationToken)
    {
        switch (perimeter.Kind)
        {
            case BriefPerimeter.Plan:
                return await db.PlanFiches.Where(p => p.PlanId == perimeter.PlanId).Select(p => p.FicheId).ToListAsync(cancellationToken);
            case BriefPerimeter.Node:
                var nodes = await db.PlanNodes.Where(n => n.PlanId == perimeter.PlanId).Select(n => new { n.Id, n.ParentId }).ToListAsync(cancellationToken);
                var children = nodes.ToLookup(n => n.ParentId);
                var subtree = new HashSet<Guid>();
                var pending = new Queue<Guid>([perimeter.NodeId!.Value]);
                while (pending.TryDequeue(out var id))
                {
                    if (subtree.Add(id))
                    {
                        foreach (var child in children[id])
                        {
                            pending.Enqueue(child.Id);
                        }
                    }
                }
                var ids = subtree.ToList();
                return await db.PlanFiches.Where(p => p.PlanId == perimeter.PlanId && p.NodeId != null && ids.Contains(p.NodeId.Value))
                    .Select(p => p.FicheId).ToListAsync(cancellationToken);
            default:
                return await db.Fiches.Where(f => f.Theme == perimeter.Theme).Select(f => f.Id).ToListAsync(cancellationToken);
        }
    }
}
