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

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Title, Fiches = db.PlanFiches.Count(f => f.PlanId == p.Id), Nodes = db.PlanNodes.Count(n => n.PlanId == p.Id) })
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (plan is null)
        {
            return NotFound();
        }
        (Id, PlanTitle, Fiches, Nodes) = (id, plan.Title, plan.Fiches, plan.Nodes);
        ViewData.SetTrail("Supprimer", new Breadcrumb("Plan d'actions", "/methodologie"), new Breadcrumb("Plans d'actions", "/methodologie/plans"), new Breadcrumb(plan.Title, $"/methodologie/plans/{id}"));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var title = await db.Plans.AsNoTracking().Where(p => p.Id == id).Select(p => p.Title).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (title is null)
        {
            return NotFound();
        }
        await mediator.Send(new DeletePlan(id), HttpContext.RequestAborted);
        TempData["Message"] = $"Le plan « {title} » est supprimé ; ses fiches sont conservées.";
        return Redirect("/methodologie/plans");
    }
}
