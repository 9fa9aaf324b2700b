using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk.Messages.Governance;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Messaging;

/// <summary>Answers other modules: the séances of a year (Fiche 17: "nombre et régularité des instances").</summary>
internal sealed class GovernanceActivityHandler(GovernanceDbContext db) : IRequestHandler<GetGovernanceActivity, GovernanceActivity>
{
    public async Task<GovernanceActivity> Handle(GetGovernanceActivity request, CancellationToken cancellationToken)
    {
        var start = new DateOnly(request.Year, 1, 1);
        var end = new DateOnly(request.Year, 12, 31);
        var instances = await db.Instances.CountAsync(i => i.IsActive, cancellationToken);
        var seances = await db.Seances
            .Where(s => s.Date >= start && s.Date <= end)
            .GroupBy(s => s.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new GovernanceActivity(
            request.Year,
            instances,
            seances.Where(s => s.Status == SeanceStatus.Tenue).Sum(s => s.Count),
            seances.Where(s => s.Status == SeanceStatus.Planifiee).Sum(s => s.Count));
    }
}
