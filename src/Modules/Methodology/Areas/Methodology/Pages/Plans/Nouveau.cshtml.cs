using Ctg.Modules.Methodology.Plans;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Modules.Methodology.Pages.Plans;

/// <summary>Creates a plan d'actions (coordination only); its tree is then built on the plan page.</summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class NouveauModel(IMediator mediator, IModuleBus bus) : PageModel
{
    [BindProperty]
    public CreatePlan Input { get; set; } = new();

    public PlanFormOptions Options { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Input.Levels = [.. PlanFormOptions.DefaultLevels];
        await PrepareAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await PrepareAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var id = await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"Le plan « {Input.Title.Trim()} » est créé : ajoutez-lui ses axes et ses fiches.";
        return Redirect($"/methodologie/plans/{id}");
    }

    private async Task PrepareAsync()
    {
        ViewData.SetTrail("Nouveau plan", new Breadcrumb("Plan d'actions", "/methodologie"), new Breadcrumb("Plans d'actions", "/methodologie/plans"));
        Options = await PlanFormOptions.LoadAsync(bus, null, null, HttpContext.RequestAborted);
    }
}
