using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.Fiches;

public sealed class DetailModel(IMediator mediator) : PageModel
{
    public FicheAction Fiche { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await mediator.Send(new Query(id), HttpContext.RequestAborted) is not { } fiche)
        {
            return NotFound();
        }
        Fiche = fiche;
        ViewData.SetTrail($"Fiche {fiche.Number}", new Breadcrumb("Plan d'actions", "/methodologie"));
        return Page();
    }

    public sealed record Query(Guid Id) : IRequest<FicheAction?>;

    internal sealed class Handler(MethodologyDbContext db) : IRequestHandler<Query, FicheAction?>
    {
        public Task<FicheAction?> Handle(Query request, CancellationToken cancellationToken) =>
            db.Fiches.AsNoTracking().FirstOrDefaultAsync(f => f.Id == request.Id, cancellationToken);
    }
}
