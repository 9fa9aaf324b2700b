using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.Plans;

/// <summary>The plans d'actions with their number of fiches and the share réalisées, in one query.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<PlanLine> Plans { get; private set; } = [];

    public async Task OnGetAsync()
    {
        ViewData.SetTrail("Plans d'actions", new Breadcrumb("Plan d'actions", "/methodologie"));
        Plans = await mediator.Send(new Query(), HttpContext.RequestAborted);
    }

    public sealed record PlanLine(Guid Id, string Title, string? DispositifName, DateOnly? StartsOn, DateOnly? EndsOn, int Fiches, int Done)
    {
        /// <summary>Share of réalisées, 0 to 100, rounded down so that 100 % means all.</summary>
        public int DonePercent => Fiches == 0 ? 0 : Done * 100 / Fiches;
    }

    public sealed record Query : IRequest<IReadOnlyList<PlanLine>>;

    internal sealed class Handler(MethodologyDbContext db) : IRequestHandler<Query, IReadOnlyList<PlanLine>>
    {
        public async Task<IReadOnlyList<PlanLine>> Handle(Query request, CancellationToken cancellationToken)
        {
            var plans = await db.Plans.AsNoTracking()
                .Select(p => new PlanLine(p.Id, p.Title, p.DispositifName, p.StartsOn, p.EndsOn,
                    db.PlanFiches.Count(f => f.PlanId == p.Id),
                    db.PlanFiches.Count(f => f.PlanId == p.Id && f.Fiche.Status == FicheStatus.Realisee)))
                .ToListAsync(cancellationToken);
            return plans.OrderByDescending(p => p.StartsOn).ThenBy(p => p.Title, French.Comparer).ToList();
        }
    }
}
