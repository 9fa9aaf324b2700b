using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Plans;

/// <summary>A fiche as the plan page lists it: no long text.</summary>
public sealed record PlanFicheRow(
    Guid FicheId, Guid? NodeId, string Number, string Title, FicheStatus Status, int Progress, DateOnly? Deadline, string? Pilote, Meteo? Meteo)
    : IPlacedFiche
{
    public bool IsLate(DateOnly today) => Status.IsLate(Deadline, today);
}

/// <summary>A fiche that could be added to the plan.</summary>
public sealed record FicheChoice(Guid Id, string Number, string Title);

/// <param name="Plan">The plan's own fields (its nodes and fiches are in <paramref name="Tree"/>).</param>
/// <param name="Candidates">Fiches not in the plan, for the coordination's "add" select; empty for readers.</param>
public sealed record PlanPage(Plan Plan, PlanTree<PlanFicheRow> Tree, IReadOnlyList<FicheChoice> Candidates);

/// <summary>
/// The plan page in at most four SQL queries whatever its size: the plan, its nodes, its fiches (projected,
/// without long texts), and for the coordination the fiches it could add. The tree is built in memory.
/// </summary>
public sealed record LoadPlanPage(Guid Id, bool WithCandidates) : IRequest<PlanPage?>
{
    internal sealed class Handler(MethodologyDbContext db) : IRequestHandler<LoadPlanPage, PlanPage?>
    {
        public async Task<PlanPage?> Handle(LoadPlanPage request, CancellationToken cancellationToken)
        {
            var plan = await db.Plans.AsNoTracking()
                .Where(p => p.Id == request.Id)
                .Select(p => new Plan
                {
                    Id = p.Id, Title = p.Title, Description = p.Description, DispositifReference = p.DispositifReference,
                    DispositifName = p.DispositifName, StartsOn = p.StartsOn, EndsOn = p.EndsOn, LevelLabels = p.LevelLabels,
                    CreatedAt = p.CreatedAt, Version = p.Version,
                })
                .FirstOrDefaultAsync(cancellationToken);
            if (plan is null)
            {
                return null;
            }
            var nodes = await db.PlanNodes.AsNoTracking().Where(n => n.PlanId == plan.Id)
                .Select(n => new PlanNodeRow(n.Id, n.ParentId, n.Position, n.Code, n.Title))
                .ToListAsync(cancellationToken);
            var fiches = await db.PlanFiches.AsNoTracking().Where(p => p.PlanId == plan.Id)
                .Select(p => new PlanFicheRow(p.FicheId, p.NodeId, p.Fiche.Number, p.Fiche.Title, p.Fiche.Status, p.Fiche.Progress, p.Fiche.Deadline, p.Fiche.Pilote, p.Fiche.Meteo))
                .ToListAsync(cancellationToken);
            IReadOnlyList<FicheChoice> candidates = [];
            if (request.WithCandidates)
            {
                var list = await db.Fiches.AsNoTracking()
                    .Where(f => !db.PlanFiches.Any(p => p.PlanId == plan.Id && p.FicheId == f.Id))
                    .Select(f => new FicheChoice(f.Id, f.Number, f.Title))
                    .ToListAsync(cancellationToken);
                candidates = list.OrderBy(c => c.Number, FicheNumberComparer.Instance).ToList();
            }
            return new PlanPage(plan, PlanTree.Build(nodes, fiches), candidates);
        }
    }
}
