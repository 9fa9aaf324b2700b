using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Ctg.Sdk.Messages.Methodology;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Messaging;

/// <summary>
/// Answers the "échéances tenues" process indicator: jalons and fiche échéances due in the period (up to
/// today), and how many were kept. Three queries whatever the size of the plan.
/// </summary>
internal sealed class DeadlinesKeptHandler(MethodologyDbContext db, IClock clock) : IRequestHandler<GetDeadlinesKept, DeadlinesKept>
{
    public async Task<DeadlinesKept> Handle(GetDeadlinesKept request, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var from = request.From;
        var to = request.To < today ? request.To : today;
        if (to < from)
        {
            return new DeadlinesKept(0, 0, 0);
        }
        var jalons = await db.Jalons.AsNoTracking()
            .Where(j => j.DueOn >= from && j.DueOn <= to)
            .Select(j => new JalonDue(j.DueOn, j.DoneOn))
            .ToListAsync(cancellationToken);
        var fiches = await db.Fiches.AsNoTracking()
            .Where(f => f.Deadline >= from && f.Deadline <= to)
            .Select(f => new { f.Id, Deadline = f.Deadline!.Value, f.Status })
            .ToListAsync(cancellationToken);
        var realisee = FicheStatus.Realisee.Label();
        var doneAt = await db.Changes.AsNoTracking()
            .Where(c => c.Field == DeadlinesCount.StatusField && c.NewValue == realisee
                && db.Fiches.Any(f => f.Id == c.FicheId && f.Status == FicheStatus.Realisee && f.Deadline >= from && f.Deadline <= to))
            .Select(c => new { c.FicheId, c.At })
            .ToListAsync(cancellationToken);
        // The latest line to "Réalisée" is the one that made the fiche réalisée as it is now.
        var realisedOn = doneAt.GroupBy(c => c.FicheId)
            .ToDictionary(g => g.Key, g => DeadlinesCount.FrenchDate(g.Max(c => c.At)));
        return DeadlinesCount.Count(from, request.To, today, jalons,
            fiches.Select(f => new FicheDue(f.Deadline, f.Status, realisedOn.TryGetValue(f.Id, out var on) ? on : null)));
    }
}
