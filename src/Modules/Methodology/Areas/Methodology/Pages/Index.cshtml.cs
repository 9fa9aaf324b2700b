using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages;

/// <summary>The plan d'actions: every fiche with its status and échéance, late ones flagged.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<FicheAction> Fiches { get; private set; } = [];

    public async Task OnGetAsync()
    {
        ViewData.SetTrail("Plan d'actions");
        Fiches = await mediator.Send(new Query(), HttpContext.RequestAborted);
    }

    public sealed record Query : IRequest<IReadOnlyList<FicheAction>>;

    internal sealed class Handler(MethodologyDbContext db) : IRequestHandler<Query, IReadOnlyList<FicheAction>>
    {
        public async Task<IReadOnlyList<FicheAction>> Handle(Query request, CancellationToken cancellationToken)
        {
            var fiches = await db.Fiches.AsNoTracking().ToListAsync(cancellationToken);
            return fiches.OrderBy(f => f.Number, FicheNumberComparer.Instance).ToList();
        }
    }
}
