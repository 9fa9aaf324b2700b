using Ctg.Modules.Dispositifs.Data;
using Ctg.Modules.Dispositifs.Domain;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Dispositifs.Pages;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        ViewData.SetTrail("Dispositifs");
        Rows = await mediator.Send(new Query(), HttpContext.RequestAborted);
    }

    public sealed record Query : IRequest<IReadOnlyList<Row>>;

    public sealed record Row(Guid Id, string Kind, string Name, DateOnly? Start, DateOnly? End, DispositifStatus Status, int Actions);

    internal sealed class Handler(DispositifsDbContext db) : IRequestHandler<Query, IReadOnlyList<Row>>
    {
        public async Task<IReadOnlyList<Row>> Handle(Query request, CancellationToken cancellationToken)
        {
            var rows = await db.Dispositifs.AsNoTracking()
                .Select(d => new Row(d.Id, d.Kind, d.Name, d.Start, d.End, d.Status, d.Actions.Count))
                .ToListAsync(cancellationToken);
            return rows.OrderBy(r => r.Kind == "CTG" ? 0 : 1).ThenBy(r => r.Start).ThenBy(r => r.Name).ToList();
        }
    }
}
