using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Ctg.Modules.Methodology.Orientations;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.Orientations;

/// <summary>The political orientations, each with how far the fiches that implement it have gone.</summary>
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public IReadOnlyList<Row> Orientations { get; private set; } = [];

    public bool CanEdit => user.CanEditEverything;

    public async Task OnGetAsync()
    {
        ViewData.SetTrail("Orientations", new Breadcrumb("Plan d'actions", "/methodologie"));
        Orientations = await mediator.Send(new Query(), HttpContext.RequestAborted);
    }

    public sealed record Row(Guid Id, string Title, OrientationSource Source, string? DecisionLabel, DateOnly? AdoptedOn, OrientationCoverage Coverage);

    public sealed record Query : IRequest<IReadOnlyList<Row>>;

    internal sealed class Handler(MethodologyDbContext db, IClock clock) : IRequestHandler<Query, IReadOnlyList<Row>>
    {
        public async Task<IReadOnlyList<Row>> Handle(Query request, CancellationToken cancellationToken)
        {
            var orientations = await db.Orientations.AsNoTracking()
                .Select(o => new { o.Id, o.Title, o.Source, o.DecisionLabel, o.AdoptedOn, o.CreatedAt })
                .ToListAsync(cancellationToken);
            var links = (await db.OrientationFiches.AsNoTracking()
                    .Select(l => new { l.OrientationId, l.Fiche.Status, l.Fiche.Progress, l.Fiche.Deadline })
                    .ToListAsync(cancellationToken))
                .ToLookup(l => l.OrientationId, l => new CoveredFiche(l.Status, l.Progress, l.Deadline));
            var today = clock.Today;
            return orientations
                .OrderByDescending(o => o.AdoptedOn).ThenByDescending(o => o.CreatedAt)
                .Select(o => new Row(o.Id, o.Title, o.Source, o.DecisionLabel, o.AdoptedOn, OrientationCoverage.Of(links[o.Id], today)))
                .ToList();
        }
    }
}
