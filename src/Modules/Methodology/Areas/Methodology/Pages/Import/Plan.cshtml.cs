using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Import;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.Import;

/// <summary>
/// Imports the outline of a plan (axes, objectifs, fiches) in two steps: the preview shows the tree, the
/// levels found and which fiches exist already; the confirmation sends <see cref="ImportPlanOutline"/>,
/// which checks the same text again against the plan as it is then.
/// </summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class PlanModel(IMediator mediator, MethodologyDbContext db) : PageModel
{
    /// <summary>Errors listed on the preview; the rest are counted.</summary>
    public const int ErrorsShown = 50;

    [BindProperty]
    public ImportPlanOutline Input { get; set; } = new();

    [BindProperty(Name = "fichier")]
    public IFormFile? Upload { get; set; }

    [BindProperty(Name = "texte")]
    public string? Pasted { get; set; }

    public string PlanTitle { get; private set; } = "";

    /// <summary>The plan's level labels now, and whether it has nodes already (then its labels are kept).</summary>
    public IReadOnlyList<string> PlanLevels { get; private set; } = [];

    public bool PlanHasNodes { get; private set; }

    public OutlinePreview? Preview { get; private set; }

    /// <summary>Why the text could not be read (empty, binary…).</summary>
    public string? Refusal { get; private set; }

    public string? FileName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApercuAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        ModelState.Clear();
        var read = await ImportGuard.ReadAsync(Upload, Pasted, HttpContext.RequestAborted);
        FileName = read.FileName;
        if (read.Error is { } error)
        {
            Refusal = error;
            return Page();
        }
        Preview = await OutlinePreview.CheckAsync(db, id, read.Text!, HttpContext.RequestAborted);
        Input.Content = ImportPlanOutline.Encode(read.Text!);
        return Page();
    }

    public async Task<IActionResult> OnPostEnregistrerAsync(Guid id)
    {
        if (!await LoadAsync(id, keepVersion: true))
        {
            return NotFound();
        }
        Input.PlanId = id;
        if (ImportPlanOutline.Decode(Input.Content) is not { } text)
        {
            Refusal = "Le plan à importer est illisible : recommencez depuis le texte ou le fichier.";
            return Page();
        }
        Preview = await OutlinePreview.CheckAsync(db, id, text, HttpContext.RequestAborted);
        if (!Preview.CanImport)
        {
            return Page();
        }
        var result = await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"Plan importé : {result.Nodes} élément(s) ajouté(s), {result.NewFiches} fiche(s) créée(s), {result.PlacedFiches} fiche(s) placée(s).";
        return Redirect($"/methodologie/plans/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, bool keepVersion = false)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Title, p.LevelLabels, p.Version, HasNodes = db.PlanNodes.Any(n => n.PlanId == p.Id) })
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (plan is null)
        {
            return false;
        }
        PlanTitle = plan.Title;
        PlanLevels = new Domain.Plan { LevelLabels = plan.LevelLabels }.Levels;
        PlanHasNodes = plan.HasNodes;
        if (!keepVersion)
        {
            Input.Version = plan.Version;
        }
        ViewData.SetTrail("Importer un plan", new Breadcrumb("Plan d'actions", "/methodologie"),
            new Breadcrumb("Plans d'actions", "/methodologie/plans"), new Breadcrumb(plan.Title, $"/methodologie/plans/{id}"));
        return true;
    }
}
