using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Ctg.Sdk.Messages.Methodology;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Messaging;

/// <summary>Answers other modules with the fiches of the plan; only the short columns are read.</summary>
internal sealed class ListFicheSummariesHandler(MethodologyDbContext db) : IRequestHandler<ListFicheSummaries, IReadOnlyList<FicheSummary>>
{
    public async Task<IReadOnlyList<FicheSummary>> Handle(ListFicheSummaries request, CancellationToken cancellationToken)
    {
        var fiches = await db.Fiches.AsNoTracking()
            .Select(f => new { f.Id, f.Number, f.Title, f.Status, f.Deadline, f.Progress })
            .ToListAsync(cancellationToken);
        return fiches.OrderBy(f => f.Number, FicheNumberComparer.Instance)
            .Select(f => new FicheSummary(FicheAction.ReferenceFor(f.Id), f.Number, f.Title, f.Status.Label(), f.Deadline, f.Progress))
            .ToList();
    }
}
