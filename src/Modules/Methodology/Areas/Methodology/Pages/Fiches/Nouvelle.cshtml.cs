using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Fiches;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.Fiches;

/// <summary>Creates a fiche action with every field; <c>?plan=&amp;noeud=</c> places it in a plan's tree.</summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class NouvelleModel(IMediator mediator, MethodologyDbContext db, IUserDirectory users, ITerritoryContext territory, IModuleBus bus) : PageModel
{
    [BindProperty]
    public CreateFiche Input { get; set; } = new();

    public FicheFormView Form { get; private set; } = null!;

    /// <summary>"Plan CTG › Axe 1 – Petite enfance", when the fiche is created from a plan.</summary>
    public string? Placement { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? plan, Guid? noeud)
    {
        Input.PlanId = plan;
        Input.PlanNodeId = plan is null ? null : noeud;
        if (!await PrepareAsync())
        {
            return NotFound();
        }
        FicheFormView.AddEmptyRows(Input);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.Origin = "Saisie";
        if (!await PrepareAsync())
        {
            return NotFound();
        }
        FicheFormView.ExpandAllCommunes(Input, Form.Choices.Communes);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var id = await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"La fiche action n° {PlainText.Line(Input.Number)} est créée.";
        return Redirect($"/methodologie/fiches/{id}");
    }

    /// <returns>False when the plan or node asked for does not exist.</returns>
    private async Task<bool> PrepareAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        ViewData.SetTrail("Nouvelle fiche action", new Breadcrumb("Plan d'actions", "/methodologie"), new Breadcrumb("Fiches actions", "/methodologie/fiches"));
        Form = new FicheFormView(Input, await FicheFormChoices.LoadAsync(db, users, territory, bus, cancellationToken));
        if (Input.PlanId is not { } planId)
        {
            return true;
        }
        var plan = await db.Plans.Where(p => p.Id == planId).Select(p => new { p.Title }).FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return false;
        }
        Placement = plan.Title;
        if (Input.PlanNodeId is { } nodeId)
        {
            var node = await db.PlanNodes.Where(n => n.Id == nodeId && n.PlanId == planId).Select(n => new { n.Code, n.Title }).FirstOrDefaultAsync(cancellationToken);
            if (node is null)
            {
                return false;
            }
            Placement += " › " + (node.Code is null ? node.Title : $"{node.Code} – {node.Title}");
        }
        return true;
    }
}
