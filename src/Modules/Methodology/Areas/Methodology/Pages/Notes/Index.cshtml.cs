using Ctg.Modules.Methodology.Data;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.Notes;

/// <summary>The notes d'aide à la décision already generated, newest first, each downloadable as DOCX.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<Line> Notes { get; private set; } = [];

    public async Task OnGetAsync()
    {
        ViewData.SetTrail("Notes d'aide à la décision", new Breadcrumb("Plan d'actions", "/methodologie"));
        Notes = await mediator.Send(new Query(), HttpContext.RequestAborted);
    }

    public sealed record Query : IRequest<IReadOnlyList<Line>>;

    public sealed record Line(Guid Id, string Title, string PerimeterLabel, DateOnly AsOf, DateTimeOffset CreatedAt, string CreatedBy, int Fiches);

    internal sealed class Handler(MethodologyDbContext db) : IRequestHandler<Query, IReadOnlyList<Line>>
    {
        public async Task<IReadOnlyList<Line>> Handle(Query request, CancellationToken cancellationToken) =>
            await db.Briefs.AsNoTracking()
                .OrderByDescending(b => b.CreatedAt)
                .Select(b => new Line(b.Id, b.Title, b.PerimeterLabel, b.AsOf, b.CreatedAt, b.CreatedBy, b.States.Count))
                .ToListAsync(cancellationToken);
    }
}
