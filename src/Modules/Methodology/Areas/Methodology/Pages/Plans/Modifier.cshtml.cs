using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Plans;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.Plans;

/// <summary>Edits a plan's title, dispositif, period and level labels; a save over a newer version is refused.</summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class ModifierModel(IMediator mediator, IModuleBus bus, MethodologyDbContext db) : PageModel
{
    [BindProperty]
    public UpdatePlan Input { get; set; } = new();

    public PlanFormOptions Options { get; private set; } = null!;

    public string PlanTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, HttpContext.RequestAborted);
        if (plan is null)
        {
            return NotFound();
        }
        Input = new UpdatePlan
        {
            Id = id,
            Version = plan.Version,
            Title = plan.Title,
            Description = plan.Description,
            DispositifReference = plan.DispositifReference,
            StartsOn = plan.StartsOn,
            EndsOn = plan.EndsOn,
            Levels = [.. plan.Levels],
        };
        await PrepareAsync(id, plan.Title, plan.DispositifReference, plan.DispositifName);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var current = await db.Plans.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Title, p.DispositifReference, p.DispositifName })
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (current is null)
        {
            return NotFound();
        }
        Input.Id = id;
        await PrepareAsync(id, current.Title, current.DispositifReference, current.DispositifName);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"Le plan « {Input.Title.Trim()} » est enregistré.";
        return Redirect($"/methodologie/plans/{id}");
    }

    private async Task PrepareAsync(Guid id, string title, string? reference, string? name)
    {
        PlanTitle = title;
        ViewData.SetTrail("Modifier", new Breadcrumb("Plan d'actions", "/methodologie"), new Breadcrumb("Plans d'actions", "/methodologie/plans"), new Breadcrumb(title, $"/methodologie/plans/{id}"));
        Options = await PlanFormOptions.LoadAsync(bus, reference, name, HttpContext.RequestAborted);
    }
}
