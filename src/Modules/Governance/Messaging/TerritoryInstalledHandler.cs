using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk.Messages.Platform;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Messaging;

/// <summary>
/// Puts the territory's EPCI and each of its communes in the directory once the platform is installed, so
/// that the coordinator starts with them. The CAF, the MSA and the Département are not guessed: their exact
/// names (CAF de l'Yonne...) are the coordinator's to type. Running twice creates nothing twice.
/// </summary>
internal sealed class TerritoryInstalledHandler(GovernanceDbContext db) : INotificationHandler<TerritoryInstalled>
{
    public async Task Handle(TerritoryInstalled notification, CancellationToken cancellationToken)
    {
        var territory = notification.Territory;
        var knownCommunes = (await db.Organisations
                .Where(o => o.InseeCode != null)
                .Select(o => o.InseeCode!)
                .ToListAsync(cancellationToken))
            .ToHashSet();
        var hasEpci = await db.Organisations.AnyAsync(o => o.Type == OrganisationType.Epci && o.Name == territory.Name, cancellationToken);

        if (!hasEpci)
        {
            db.Organisations.Add(new Organisation { Id = Guid.NewGuid(), Name = territory.Name, Type = OrganisationType.Epci });
        }
        foreach (var commune in territory.Communes.Where(c => !knownCommunes.Contains(c.InseeCode)))
        {
            db.Organisations.Add(new Organisation
            {
                Id = Guid.NewGuid(),
                Name = commune.Name,
                Type = OrganisationType.Commune,
                InseeCode = commune.InseeCode,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
