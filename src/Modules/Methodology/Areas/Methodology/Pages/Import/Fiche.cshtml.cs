using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Fiches;
using Ctg.Modules.Methodology.Import;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.Import;

/// <summary>
/// Imports a fiche action from its text or its .docx in two steps: reading shows each section found, with
/// the heading it had in the document and the field it went into, every field editable; saving sends
/// <see cref="CreateFiche"/>. Between the steps, everything travels in the form itself.
/// </summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class FicheModel(IMediator mediator, MethodologyDbContext db) : PageModel
{
    public const string NothingRecognised =
        "Aucune rubrique de fiche action n'a été reconnue dans ce texte (« Fiche action n° … », « Diagnostic », « Objectif général », « Public cible », « Modalités de mise en œuvre »…). "
        + "Vérifiez que vous avez collé ou choisi le texte d'une fiche ; pour une fiche sans rubriques, créez-la avec le formulaire « Nouvelle fiche action ».";

    /// <summary>Rows offered to add a mission the document did not have.</summary>
    public const int EmptyMissions = 1;

    [BindProperty]
    public CreateFiche Input { get; set; } = new();

    [BindProperty(Name = "fichier")]
    public IFormFile? Upload { get; set; }

    [BindProperty(Name = "texte")]
    public string? Pasted { get; set; }

    /// <summary>The sections as the document named them, carried from the reading to the saving step.</summary>
    [BindProperty]
    public List<FoundSection> Found { get; set; } = [];

    [BindProperty]
    public List<string> Warnings { get; set; } = [];

    /// <summary>The reading step's refusal (empty, binary, unreadable, nothing of a fiche).</summary>
    public string? Refusal { get; private set; }

    /// <summary>True on the review step.</summary>
    public bool Review { get; private set; }

    public string? FileName { get; private set; }

    public IReadOnlyList<(Guid Id, string Title)> Plans { get; private set; } = [];

    public async Task OnGetAsync(Guid? plan)
    {
        await LoadAsync();
        Input.PlanId = plan is { } id && Plans.Any(p => p.Id == id) ? id : null;
    }

    public async Task<IActionResult> OnPostLireAsync()
    {
        await LoadAsync();
        ModelState.Clear();
        var planId = Input.PlanId is { } id && Plans.Any(p => p.Id == id) ? id : (Guid?)null;
        var read = await ImportGuard.ReadAsync(Upload, Pasted, HttpContext.RequestAborted);
        FileName = read.FileName;
        if (read.Error is { } error)
        {
            Refusal = error;
            return Page();
        }
        var parsed = FicheTextParser.Parse(read.Text!);
        if (!parsed.Recognised)
        {
            Refusal = NothingRecognised;
            return Page();
        }
        Input = parsed.ToCommand();
        Input.PlanId = planId;
        Found = parsed.Sections.Select(s => new FoundSection { Heading = s.Heading, Field = s.Field }).ToList();
        Warnings = parsed.Warnings.ToList();
        Review = true;
        PadMissions();
        return Page();
    }

    public async Task<IActionResult> OnPostEnregistrerAsync()
    {
        await LoadAsync();
        Review = true;
        Input.Origin = "Import";
        Input.Missions = Input.Missions.Where(m => !string.IsNullOrWhiteSpace(m.Title) || !string.IsNullOrWhiteSpace(m.Items)).ToList();
        foreach (var (mission, index) in Input.Missions.Select((m, i) => (m, i)))
        {
            if (string.IsNullOrWhiteSpace(mission.Title))
            {
                ModelState.AddModelError($"Input.Missions[{index}].Title", "Donnez un intitulé à cette mission, ou videz ses sous-actions.");
            }
        }
        Input.Jalons = Input.Jalons.Where(j => !string.IsNullOrWhiteSpace(j.Title) || j.DueOn is not null).ToList();
        foreach (var (jalon, index) in Input.Jalons.Select((j, i) => (j, i)))
        {
            if (string.IsNullOrWhiteSpace(jalon.Title) || jalon.DueOn is null)
            {
                ModelState.AddModelError($"Input.Jalons[{index}].Title", "Un jalon a un intitulé et une date.");
            }
        }
        if (Input.PlanId is { } planId && Plans.All(p => p.Id != planId))
        {
            ModelState.AddModelError("Input.PlanId", "Ce plan d'actions n'existe plus : choisissez-en un autre.");
        }
        if (!ModelState.IsValid)
        {
            PadMissions();
            return Page();
        }
        // On a refusal from the command (a number already used…), the page filter shows this review again.
        PadMissions();
        var id = await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"La fiche action n° {PlainText.Line(Input.Number)} est importée.";
        return Redirect($"/methodologie/fiches/{id}");
    }

    /// <summary>The heading(s) the document gave to a field, for the review.</summary>
    public IReadOnlyList<string> HeadingsOf(params FicheSection[] fields) =>
        Found.Where(f => fields.Contains(f.Field) && !string.IsNullOrWhiteSpace(f.Heading)).Select(f => f.Heading!).ToList();

    private void PadMissions()
    {
        for (var i = 0; i < EmptyMissions; i++)
        {
            Input.Missions.Add(new MissionInput());
        }
    }

    private async Task LoadAsync()
    {
        ViewData.SetTrail("Importer une fiche action",
            new Breadcrumb("Plan d'actions", "/methodologie"), new Breadcrumb("Fiches actions", "/methodologie/fiches"));
        var plans = await db.Plans.AsNoTracking().Select(p => new { p.Id, p.Title }).ToListAsync(HttpContext.RequestAborted);
        Plans = plans.OrderBy(p => p.Title, French.Comparer).Select(p => (p.Id, p.Title)).ToList();
    }

    public sealed class FoundSection
    {
        /// <summary>Null for the text before the first heading.</summary>
        public string? Heading { get; set; }
        public FicheSection Field { get; set; }
    }
}
