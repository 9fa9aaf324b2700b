using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Ctg.Sdk.Messages.Methodology;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Messaging;

internal sealed class CountFichesByStatusHandler(MethodologyDbContext db) : IRequestHandler<CountFichesByStatus, FicheStatusCounts>
{
    public async Task<FicheStatusCounts> Handle(CountFichesByStatus request, CancellationToken cancellationToken)
    {
        var counts = await db.Fiches.GroupBy(f => f.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new FicheStatusCounts(Enum.GetValues<FicheStatus>()
            .Select(s => new KeyValuePair<string, int>(s.Label(), counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0))
            .ToList());
    }
}
