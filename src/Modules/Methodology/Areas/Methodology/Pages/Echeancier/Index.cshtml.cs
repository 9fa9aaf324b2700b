using Ctg.Modules.Methodology.Dashboard;
using Ctg.Modules.Methodology.Data;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.Echeancier;

/// <summary>The échéancier of a plan or of every fiche: échéances and jalons by month, what was missed and what comes.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "plan")]
    public string? Plan { get; set; }

    public Result Data { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        ViewData.SetTrail("Échéancier", new Breadcrumb("Plan d'actions", "/methodologie"));
        Data = await mediator.Send(new Query(Plan), HttpContext.RequestAborted);
    }

    public sealed record Query(string? Plan) : IRequest<Result>;

    public sealed record Result(IReadOnlyList<PlanChoice> Plans, PlanChoice? Selected, string? Notice, IReadOnlyList<TimelineMonth> Months, DateOnly Today);

    internal sealed class Handler(MethodologyDbContext db, IClock clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var today = clock.Today;
            var plans = await FicheRows.PlansAsync(db, cancellationToken);
            PlanChoice? selected = null;
            string? notice = null;
            if (!string.IsNullOrWhiteSpace(request.Plan))
            {
                selected = Guid.TryParse(request.Plan, out var planId) ? plans.FirstOrDefault(p => p.Id == planId) : null;
                notice = selected is null ? "Ce plan d'actions n'existe pas : les échéances de toutes les fiches sont affichées." : null;
            }
            var fiches = selected is { } plan
                ? db.PlanFiches.Where(p => p.PlanId == plan.Id).Select(p => p.Fiche)
                : db.Fiches;
            var rows = await fiches.AsNoTracking()
                .Select(f => new TimelineFiche(f.Id, f.Number, f.Title, f.Status, f.Deadline))
                .ToListAsync(cancellationToken);
            var jalons = await FicheRows.JalonsAsync(db, selected?.Id, today, lateOnly: false, cancellationToken);
            return new Result(plans, selected, notice, Timeline.Build(rows, jalons, today), today);
        }
    }
}
