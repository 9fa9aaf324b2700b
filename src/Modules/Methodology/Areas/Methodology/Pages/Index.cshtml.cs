using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages;

/// <summary>
/// The home of the appui méthodologique: what the module offers, each part with its live counts (fiches by
/// status, late ones, open demandes d'appui, plans, orientations, notes) and its link.
/// </summary>
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public Counts Data { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        ViewData.SetTrail("Plan d'actions");
        Data = await mediator.Send(new Query(user.Id), HttpContext.RequestAborted);
    }

    public sealed record Query(string? UserId) : IRequest<Counts>;

    /// <param name="ByStatus">Every status in order, with its number of fiches.</param>
    /// <param name="Late">Fiches neither réalisées nor abandonnées past their échéance or with a jalon past its date.</param>
    /// <param name="LastBrief">Date ("au") of the latest note d'aide à la décision.</param>
    public sealed record Counts(
        IReadOnlyList<KeyValuePair<FicheStatus, int>> ByStatus,
        int Late,
        int Mine,
        int Plans,
        int Orientations,
        int OpenDemandes,
        int LateDemandes,
        int Briefs,
        DateOnly? LastBrief)
    {
        public int Fiches => ByStatus.Sum(s => s.Value);
    }

    internal sealed class Handler(MethodologyDbContext db, IClock clock) : IRequestHandler<Query, Counts>
    {
        public async Task<Counts> Handle(Query request, CancellationToken cancellationToken)
        {
            var today = clock.Today;
            var statuses = await db.Fiches.GroupBy(f => f.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            var late = await db.Fiches.CountAsync(f => f.Status != FicheStatus.Realisee && f.Status != FicheStatus.Abandonnee
                && (f.Deadline < today || db.Jalons.Any(j => j.FicheId == f.Id && j.DoneOn == null && j.DueOn < today)), cancellationToken);
            var mine = request.UserId is null ? 0 : await db.Fiches.CountAsync(f => f.PiloteUserId == request.UserId, cancellationToken);
            var plans = await db.Plans.CountAsync(cancellationToken);
            var orientations = await db.Orientations.CountAsync(cancellationToken);
            var demandes = await db.Demandes.Where(d => d.Status == DemandeStatus.Recue || d.Status == DemandeStatus.EnCours)
                .Select(d => d.DueOn).ToListAsync(cancellationToken);
            var briefs = await db.Briefs.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Last = g.Max(b => b.AsOf) }).FirstOrDefaultAsync(cancellationToken);
            return new Counts(
                FicheStatuses.All.Select(s => new KeyValuePair<FicheStatus, int>(s, statuses.FirstOrDefault(x => x.Key == s)?.Count ?? 0)).ToList(),
                late, mine, plans, orientations, demandes.Count, demandes.Count(d => d < today), briefs?.Count ?? 0, briefs?.Last);
        }
    }
}
