using Ctg.Modules.Dispositifs.Data;
using Ctg.Modules.Dispositifs.Domain;
using Ctg.Sdk.Messages.Dispositifs;
using Ctg.Sdk.Messages.Methodology;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Dispositifs.Messaging;

internal sealed class ListDispositifsHandler(DispositifsDbContext db) : IRequestHandler<ListDispositifs, IReadOnlyList<DispositifSummary>>
{
    public async Task<IReadOnlyList<DispositifSummary>> Handle(ListDispositifs request, CancellationToken cancellationToken)
    {
        var all = await db.Dispositifs.AsNoTracking().ToListAsync(cancellationToken);
        return all.OrderBy(d => d.Kind == "CTG" ? 0 : 1).ThenBy(d => d.Name)
            .Select(d => new DispositifSummary(d.Reference, d.Kind, d.Name, d.Start, d.End))
            .ToList();
    }
}

/// <summary>A fiche attached to a dispositif at its creation becomes one of its articulated actions.</summary>
internal sealed class FicheActionCreatedHandler(DispositifsDbContext db) : INotificationHandler<FicheActionCreated>
{
    public async Task Handle(FicheActionCreated notification, CancellationToken cancellationToken)
    {
        if (Dispositif.IdFrom(notification.DispositifReference) is not { } id
            || !await db.Dispositifs.AnyAsync(d => d.Id == id, cancellationToken)
            || await db.Actions.AnyAsync(a => a.DispositifId == id && a.FicheId == notification.FicheId, cancellationToken))
        {
            return;
        }
        db.Actions.Add(new ArticulatedAction
        {
            Id = Guid.NewGuid(),
            DispositifId = id,
            FicheId = notification.FicheId,
            FicheNumber = notification.Number,
            FicheTitle = notification.Title,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
