using System.ComponentModel.DataAnnotations;
using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Plans;

/// <summary>Adds an axe, enjeu or objectif to a plan: at the top level, or under a node.</summary>
public sealed class AddPlanNode : ICommand<Guid>
{
    public Guid PlanId { get; set; }

    /// <summary>The node it goes under; null for the top level.</summary>
    public Guid? ParentId { get; set; }

    [StringLength(20, ErrorMessage = "Le code ne doit pas dépasser 20 caractères.")]
    [Display(Name = "Code")]
    public string? Code { get; set; }

    [Required(ErrorMessage = "Donnez un intitulé à l'élément du plan.")]
    [StringLength(500, ErrorMessage = "L'intitulé ne doit pas dépasser 500 caractères.")]
    [Display(Name = "Intitulé")]
    public string Title { get; set; } = "";

    internal sealed class Handler(MethodologyDbContext db) : IRequestHandler<AddPlanNode, Guid>
    {
        public async Task<Guid> Handle(AddPlanNode request, CancellationToken cancellationToken)
        {
            var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.PlanId, cancellationToken)
                ?? throw new InvalidInputException("", "Ce plan n'existe plus.");
            var depth = 0;
            if (request.ParentId is { } parentId)
            {
                var parent = await db.PlanNodes.AsNoTracking().FirstOrDefaultAsync(n => n.Id == parentId && n.PlanId == plan.Id, cancellationToken)
                    ?? throw new InvalidInputException(nameof(ParentId), "L'élément sous lequel ajouter n'existe plus dans ce plan.");
                depth = parent.Depth + 1;
            }
            var levels = Math.Min(Math.Max(plan.Levels.Count, 1), Plan.MaxDepth);
            if (depth >= levels)
            {
                throw new InvalidInputException(nameof(ParentId), levels == 1
                    ? $"Le plan n'a qu'un niveau (« {plan.LevelLabel(0)} ») : ajoutez un niveau dans ses paramètres pour descendre plus bas."
                    : $"Le plan a {levels} niveaux (le dernier est « {plan.LevelLabel(levels - 1)} ») : on ne peut pas descendre plus bas.");
            }
            var siblings = db.PlanNodes.Where(n => n.PlanId == plan.Id && n.ParentId == request.ParentId);
            var position = (await siblings.Select(n => (int?)n.Position).MaxAsync(cancellationToken) ?? 0) + 1;
            var node = new PlanNode
            {
                Id = Guid.NewGuid(),
                PlanId = plan.Id,
                ParentId = request.ParentId,
                Depth = depth,
                Position = position,
                Code = PlanNodeText.Clean(request.Code),
                Title = request.Title.Trim(),
            };
            db.PlanNodes.Add(node);
            await db.SaveChangesAsync(cancellationToken);
            return node.Id;
        }
    }
}

/// <summary>Renames or recodes a node.</summary>
public sealed class EditPlanNode : ICommand
{
    public Guid PlanId { get; set; }
    public Guid NodeId { get; set; }

    [StringLength(20, ErrorMessage = "Le code ne doit pas dépasser 20 caractères.")]
    [Display(Name = "Code")]
    public string? Code { get; set; }

    [Required(ErrorMessage = "Donnez un intitulé à l'élément du plan.")]
    [StringLength(500, ErrorMessage = "L'intitulé ne doit pas dépasser 500 caractères.")]
    [Display(Name = "Intitulé")]
    public string Title { get; set; } = "";

    internal sealed class Handler(MethodologyDbContext db) : IRequestHandler<EditPlanNode, Unit>
    {
        public async Task<Unit> Handle(EditPlanNode request, CancellationToken cancellationToken)
        {
            var node = await PlanNodeText.FindAsync(db, request.PlanId, request.NodeId, cancellationToken);
            node.Code = PlanNodeText.Clean(request.Code);
            node.Title = request.Title.Trim();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

/// <summary>Moves a node up or down among its siblings.</summary>
public sealed record MovePlanNode(Guid PlanId, Guid NodeId, bool Up) : ICommand
{
    internal sealed class Handler(MethodologyDbContext db) : IRequestHandler<MovePlanNode, Unit>
    {
        public async Task<Unit> Handle(MovePlanNode request, CancellationToken cancellationToken)
        {
            var node = await PlanNodeText.FindAsync(db, request.PlanId, request.NodeId, cancellationToken);
            var siblings = await db.PlanNodes.Where(n => n.PlanId == node.PlanId && n.ParentId == node.ParentId).ToListAsync(cancellationToken);
            var ordered = siblings.OrderBy(n => n.Position).ThenBy(n => n.Code ?? "", FicheNumberComparer.Instance).ToList();
            var index = ordered.IndexOf(node);
            var target = request.Up ? index - 1 : index + 1;
            if (target < 0 || target >= ordered.Count)
            {
                throw new InvalidInputException("", request.Up
                    ? "Cet élément est déjà le premier de son niveau."
                    : "Cet élément est déjà le dernier de son niveau.");
            }
            (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
            for (var i = 0; i < ordered.Count; i++)
            {
                ordered[i].Position = i + 1;
            }
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

/// <summary>
/// Deletes a node that has no children; its fiches go up to its parent, or among the plan's unplaced fiches
/// when it was at the top level. Fiches are never deleted here.
/// </summary>
public sealed record DeletePlanNode(Guid PlanId, Guid NodeId) : ICommand
{
    internal sealed class Handler(MethodologyDbContext db) : IRequestHandler<DeletePlanNode, Unit>
    {
        public async Task<Unit> Handle(DeletePlanNode request, CancellationToken cancellationToken)
        {
            var node = await PlanNodeText.FindAsync(db, request.PlanId, request.NodeId, cancellationToken);
            if (await db.PlanNodes.AnyAsync(n => n.ParentId == node.Id, cancellationToken))
            {
                throw new InvalidInputException("", $"« {node.Title} » contient d'autres éléments : supprimez-les ou déplacez-les d'abord.");
            }
            await db.PlanFiches.Where(f => f.PlanId == node.PlanId && f.NodeId == node.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.NodeId, node.ParentId), cancellationToken);
            db.PlanNodes.Remove(node);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

internal static class PlanNodeText
{
    public static string? Clean(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim();

    public static async Task<PlanNode> FindAsync(MethodologyDbContext db, Guid planId, Guid nodeId, CancellationToken cancellationToken) =>
        await db.PlanNodes.FirstOrDefaultAsync(n => n.Id == nodeId && n.PlanId == planId, cancellationToken)
            ?? throw new InvalidInputException("", "Cet élément n'existe plus dans le plan : la page a été rechargée.");
}
