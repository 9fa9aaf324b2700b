using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Plans;

/// <summary>Places existing fiches in a plan, under a node or unplaced. A fiche may belong to several plans.</summary>
public sealed class AddFichesToPlan : ICommand<int>
{
    public Guid PlanId { get; set; }
    public Guid? NodeId { get; set; }
    public List<Guid> FicheIds { get; set; } = [];

    internal sealed class Handler(MethodologyDbContext db) : IRequestHandler<AddFichesToPlan, int>
    {
        public async Task<int> Handle(AddFichesToPlan request, CancellationToken cancellationToken)
        {
            var ids = request.FicheIds.Distinct().ToList();
            if (ids.Count == 0)
            {
                throw new InvalidInputException(nameof(FicheIds), "Choisissez au moins une fiche à ajouter au plan.");
            }
            await PlacementRules.CheckPlanAndNodeAsync(db, request.PlanId, request.NodeId, cancellationToken);
            var known = await db.Fiches.Where(f => ids.Contains(f.Id)).Select(f => f.Id).ToListAsync(cancellationToken);
            if (known.Count != ids.Count)
            {
                throw new InvalidInputException(nameof(FicheIds), "Une des fiches choisies n'existe plus : rechargez la page.");
            }
            var already = await db.PlanFiches.Where(p => p.PlanId == request.PlanId && ids.Contains(p.FicheId))
                .Select(p => p.Fiche.Number).ToListAsync(cancellationToken);
            if (already.Count > 0)
            {
                throw new InvalidInputException(nameof(FicheIds), already.Count == 1
                    ? $"La fiche {already[0]} est déjà dans ce plan : déplacez-la plutôt."
                    : $"Les fiches {string.Join(", ", already.Order(FicheNumberComparer.Instance))} sont déjà dans ce plan : déplacez-les plutôt.");
            }
            var position = await db.PlanFiches.Where(p => p.PlanId == request.PlanId).Select(p => (int?)p.Position).MaxAsync(cancellationToken) ?? 0;
            foreach (var id in ids)
            {
                db.PlanFiches.Add(new PlanFiche { PlanId = request.PlanId, FicheId = id, NodeId = request.NodeId, Position = ++position });
            }
            await db.SaveChangesAsync(cancellationToken);
            return ids.Count;
        }
    }
}

/// <summary>Moves a fiche of the plan under another node (or among the unplaced ones).</summary>
public sealed record MovePlanFiche(Guid PlanId, Guid FicheId, Guid? NodeId) : ICommand
{
    internal sealed class Handler(MethodologyDbContext db) : IRequestHandler<MovePlanFiche, Unit>
    {
        public async Task<Unit> Handle(MovePlanFiche request, CancellationToken cancellationToken)
        {
            await PlacementRules.CheckPlanAndNodeAsync(db, request.PlanId, request.NodeId, cancellationToken);
            var placement = await db.PlanFiches.FirstOrDefaultAsync(p => p.PlanId == request.PlanId && p.FicheId == request.FicheId, cancellationToken)
                ?? throw new InvalidInputException("FicheId", "Cette fiche n'est pas (ou plus) dans ce plan.");
            placement.NodeId = request.NodeId;
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

/// <summary>Takes a fiche out of the plan; the fiche itself stays, as do its places in other plans.</summary>
public sealed record RemovePlanFiche(Guid PlanId, Guid FicheId) : ICommand
{
    internal sealed class Handler(MethodologyDbContext db) : IRequestHandler<RemovePlanFiche, Unit>
    {
        public async Task<Unit> Handle(RemovePlanFiche request, CancellationToken cancellationToken)
        {
            var placement = await db.PlanFiches.FirstOrDefaultAsync(p => p.PlanId == request.PlanId && p.FicheId == request.FicheId, cancellationToken)
                ?? throw new InvalidInputException("FicheId", "Cette fiche n'est pas (ou plus) dans ce plan.");
            db.PlanFiches.Remove(placement);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

internal static class PlacementRules
{
    public static async Task CheckPlanAndNodeAsync(MethodologyDbContext db, Guid planId, Guid? nodeId, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == planId, cancellationToken))
        {
            throw new InvalidInputException("", "Ce plan n'existe plus.");
        }
        if (nodeId is { } node && !await db.PlanNodes.AnyAsync(n => n.Id == node && n.PlanId == planId, cancellationToken))
        {
            throw new InvalidInputException("NodeId", "L'élément du plan choisi n'existe plus : rechargez la page.");
        }
    }
}
