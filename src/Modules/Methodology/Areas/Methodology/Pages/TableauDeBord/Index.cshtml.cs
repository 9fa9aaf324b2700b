using Ctg.Modules.Methodology.Dashboard;
using Ctg.Modules.Methodology.Data;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Modules.Methodology.Pages.TableauDeBord;

/// <summary>
/// The follow-up dashboard of the fiches actions, for a plan or every fiche: by status, by axis, by pilote,
/// overdue, not updated for N months, météo. The counting is <see cref="FicheFigures"/>'s.
/// </summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public const int DefaultMonths = 3;
    public const int MaxMonths = 24;

    /// <summary>Rows of the overdue and stale lists shown before "show all": the figures count them all.</summary>
    public const int ListLimit = 50;

    [BindProperty(SupportsGet = true, Name = "plan")]
    public string? Plan { get; set; }

    [BindProperty(SupportsGet = true, Name = "mois")]
    public string? Mois { get; set; }

    [BindProperty(SupportsGet = true, Name = "tout")]
    public bool ShowAll { get; set; }

    public Result Data { get; private set; } = null!;

    public int Shown => ShowAll ? int.MaxValue : ListLimit;

    public string AllUrl => $"/methodologie/tableau-de-bord?plan={Data.Selected?.Id}&mois={Data.Months}&tout=true";

    public async Task OnGetAsync()
    {
        ViewData.SetTrail("Tableau de bord", new Breadcrumb("Plan d'actions", "/methodologie"));
        Data = await mediator.Send(new Query(Plan, Mois), HttpContext.RequestAborted);
    }

    public sealed record Query(string? Plan, string? Months) : IRequest<Result>;

    /// <param name="Notices">What was wrong with the filters and what is shown instead, in French.</param>
    public sealed record Result(IReadOnlyList<PlanChoice> Plans, PlanChoice? Selected, int Months, IReadOnlyList<string> Notices, FicheFigures Figures, DateOnly Today);

    internal sealed class Handler(MethodologyDbContext db, IClock clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var today = clock.Today;
            var notices = new List<string>();
            var months = DefaultMonths;
            if (!string.IsNullOrWhiteSpace(request.Months))
            {
                if (int.TryParse(request.Months, out var asked) && asked is >= 1 and <= MaxMonths)
                {
                    months = asked;
                }
                else
                {
                    notices.Add($"La durée sans mise à jour doit être un nombre de mois entre 1 et {MaxMonths} : {DefaultMonths} mois sont utilisés.");
                }
            }

            var plans = await FicheRows.PlansAsync(db, cancellationToken);
            PlanChoice? selected = null;
            if (!string.IsNullOrWhiteSpace(request.Plan))
            {
                selected = Guid.TryParse(request.Plan, out var planId) ? plans.FirstOrDefault(p => p.Id == planId) : null;
                if (selected is null)
                {
                    notices.Add("Ce plan d'actions n'existe pas : toutes les fiches sont affichées.");
                }
            }

            var rows = await FicheRows.ReadAsync(db, selected?.Id, cancellationToken);
            var jalons = await FicheRows.JalonsAsync(db, selected?.Id, today, lateOnly: true, cancellationToken);
            PlanLayout? layout = null;
            if (selected is not null)
            {
                var nodes = await FicheRows.NodesAsync(db, selected.Id, cancellationToken);
                layout = new PlanLayout(nodes, rows.ToDictionary(r => r.Row.Id, r => r.NodeId));
            }
            var figures = FicheFigures.Compute(rows.Select(r => r.Row).ToList(), jalons, today, months, layout);
            return new Result(plans, selected, months, notices, figures, today);
        }
    }
}
