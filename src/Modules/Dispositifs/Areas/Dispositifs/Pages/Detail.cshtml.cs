using Ctg.Modules.Dispositifs.Data;
using Ctg.Modules.Dispositifs.Domain;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Dispositifs.Pages;

public sealed class DetailModel(IMediator mediator) : PageModel
{
    public Dispositif Dispositif { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await mediator.Send(new Query(id), HttpContext.RequestAborted) is not { } dispositif)
        {
            return NotFound();
        }
        Dispositif = dispositif;
        ViewData.SetTrail(dispositif.Name, new Breadcrumb("Dispositifs", "/dispositifs"));
        return Page();
    }

    public sealed record Query(Guid Id) : IRequest<Dispositif?>;

    internal sealed class Handler(DispositifsDbContext db) : IRequestHandler<Query, Dispositif?>
    {
        public Task<Dispositif?> Handle(Query request, CancellationToken cancellationToken) =>
            db.Dispositifs.AsNoTracking().Include(d => d.Actions).FirstOrDefaultAsync(d => d.Id == request.Id, cancellationToken);
    }
}
