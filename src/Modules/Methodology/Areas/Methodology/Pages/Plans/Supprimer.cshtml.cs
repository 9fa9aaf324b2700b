using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Plans;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.Plans;

/// <summary>Asks for confirmation, then deletes a plan: its tree goes, its fiches stay.</summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class SupprimerModel(IMediator mediator, MethodologyDbContext db) : PageModel
{
    public Guid Id { get; private set; }
    public string PlanTitle { get; private set; } = "";
    public int Fiches { get; private set; }
    public int Nodes { get; private set; }
    public int PlanVersion { get; private set; }

    /// <summary>The plan's version when the confirmation was shown.</summary>
    [BindProperty]
    public int? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        await mediator.Send(new DeletePlan(id, Version), HttpContext.RequestAborted);
        TempData["Message"] = $"Le plan « {PlanTitle} » est supprimé ; ses fiches sont conservées.";
        return Redirect("/methodologie/plans");
    }

    /// <summary>The plan and what goes with it, also when a refused deletion shows the page again.</summary>
    private async Task<bool> LoadAsync(Guid id)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Title, p.Version, Fiches = db.PlanFiches.Count(f => f.PlanId == p.Id), Nodes = db.PlanNodes.Count(n => n.PlanId == p.Id) })
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (plan is null)
        {
            return false;
        }
        (Id, PlanTitle, Fiches, Nodes, PlanVersion) = (id, plan.Title, plan.Fiches, plan.Nodes, plan.Version);
        ViewData.SetTrail("Supprimer", new Breadcrumb("Plan d'actions", "/methodologie"), new Breadcrumb("Plans d'actions", "/methodologie/plans"), new Breadcrumb(plan.Title, $"/methodologie/plans/{id}"));
        return true;
    }
}
