using Ctg.Modules.Methodology.Dashboard;
using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.MesFiches;

/// <summary>The fiches the signed-in person pilots (their account is the fiche's pilote account), with what needs them.</summary>
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public Result Data { get; private set; } = null!;

    public bool CanEdit => user.IsInRole(Roles.Contributeur) || user.CanEditEverything;

    public async Task OnGetAsync()
    {
        ViewData.SetTrail("Mes fiches", new Breadcrumb("Plan d'actions", "/methodologie"));
        Data = await mediator.Send(new Query(user.Id), HttpContext.RequestAborted);
    }

    public sealed record Query(string? UserId) : IRequest<Result>;

    /// <param name="NextJalon">The first jalon not done whose date is today or later.</param>
    public sealed record Line(FicheRow Fiche, bool Late, IReadOnlyList<JalonRow> LateJalons, bool Stale, JalonRow? NextJalon);

    public sealed record Result(IReadOnlyList<Line> Lines, DateOnly Today, DateOnly StaleBefore);

    internal sealed class Handler(MethodologyDbContext db, IClock clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var today = clock.Today;
            var staleBefore = today.AddMonths(-TableauDeBord.IndexModel.DefaultMonths);
            if (request.UserId is null)
            {
                return new Result([], today, staleBefore);
            }
            var fiches = await db.Fiches.AsNoTracking().Where(f => f.PiloteUserId == request.UserId)
                .Select(f => new { f.Id, f.Number, f.Title, f.Status, f.Progress, f.Meteo, f.Deadline, f.Pilote, f.UpdatedAt })
                .ToListAsync(cancellationToken);
            var jalons = await db.Jalons.AsNoTracking()
                .Where(j => j.DoneOn == null && db.Fiches.Any(f => f.Id == j.FicheId && f.PiloteUserId == request.UserId))
                .Select(j => new JalonRow(j.FicheId, j.Title, j.DueOn, j.DoneOn))
                .ToListAsync(cancellationToken);
            var byFiche = jalons.ToLookup(j => j.FicheId);
            var lines = fiches
                .Select(f => new FicheRow(f.Id, f.Number, f.Title, f.Status, f.Progress, f.Meteo, f.Deadline, f.Pilote, FicheRows.Day(f.UpdatedAt)))
                .OrderBy(f => f.Number, FicheNumberComparer.Instance)
                .Select(f =>
                {
                    var open = !f.Status.IsClosed();
                    var late = open ? byFiche[f.Id].Where(j => j.DueOn < today).OrderBy(j => j.DueOn).ToList() : [];
                    var next = byFiche[f.Id].Where(j => j.DueOn >= today).OrderBy(j => j.DueOn).ThenBy(j => j.Title, French.Comparer).FirstOrDefault();
                    return new Line(f, open && (f.Deadline < today || late.Count > 0), late, FicheFigures.IsStale(f.Status, f.LastUpdate, staleBefore), next);
                })
                .ToList();
            return new Result(lines, today, staleBefore);
        }
    }
}
