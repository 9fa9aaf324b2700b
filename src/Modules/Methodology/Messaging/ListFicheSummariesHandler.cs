using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Ctg.Sdk.Messages.Methodology;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Messaging;

internal sealed class ListFicheSummariesHandler(MethodologyDbContext db) : IRequestHandler<ListFicheSummaries, IReadOnlyList<FicheSummary>>
{
    public async Task<IReadOnlyList<FicheSummary>> Handle(ListFicheSummaries request, CancellationToken cancellationToken)
    {
        var fiches = await db.Fiches.AsNoTracking().ToListAsync(cancellationToken);
        return fiches.OrderBy(f => f.Number, FicheNumberComparer.Instance)
            .Select(f => new FicheSummary(FicheAction.ReferenceFor(f.Id), f.Number, f.Title, f.Status.Label()))
            .ToList();
    }
}
