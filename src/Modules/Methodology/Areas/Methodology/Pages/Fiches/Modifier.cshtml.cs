using Ctg.Modules.Methodology.Access;
using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Ctg.Modules.Methodology.Fiches;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.Fiches;

/// <summary>
/// Edits every field of a fiche: Coordination any fiche, a Contributeur the fiches they pilot (without
/// handing them over: the pilote account stays). A save over a version changed meanwhile is refused.
/// </summary>
public sealed class ModifierModel(IMediator mediator, MethodologyDbContext db, IUserDirectory users, ITerritoryContext territory, IModuleBus bus, FicheAccess access) : PageModel
{
    [BindProperty]
    public UpdateFiche Input { get; set; } = new();

    public FicheFormView Form { get; private set; } = null!;

    public string FicheLabel { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var fiche = await db.Fiches.AsNoTracking()
            .Include(f => f.Missions).Include(f => f.Jalons).Include(f => f.Communes).Include(f => f.Partenaires)
            .Include(f => f.Financements).Include(f => f.Indicateurs)
            .AsSplitQuery()
            .FirstOrDefaultAsync(f => f.Id == id, HttpContext.RequestAborted);
        if (fiche is null)
        {
            return NotFound();
        }
        if (!access.CanEdit(fiche))
        {
            return Forbid();
        }
        FicheFormView.Fill(Input, fiche);
        Input.Id = id;
        Input.Version = fiche.Version;
        FicheFormView.AddEmptyRows(Input);
        await PrepareAsync(fiche);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var fiche = await db.Fiches.AsNoTracking().Include(f => f.Partenaires).Include(f => f.Indicateurs)
            .FirstOrDefaultAsync(f => f.Id == id, HttpContext.RequestAborted);
        if (fiche is null)
        {
            return NotFound();
        }
        if (!access.CanEdit(fiche))
        {
            return Forbid();
        }
        Input.Id = id;
        if (!access.EditsEverything)
        {
            // A pilote edits their fiche but may neither hand it over nor take someone else's.
            Input.PiloteUserId = fiche.PiloteUserId;
        }
        await PrepareAsync(fiche);
        FicheFormView.ExpandAllCommunes(Input, Form.Choices.Communes);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"La fiche action n° {PlainText.Line(Input.Number)} est enregistrée.";
        return Redirect($"/methodologie/fiches/{id}");
    }

    private async Task PrepareAsync(FicheAction fiche)
    {
        FicheLabel = $"Fiche {fiche.Number}";
        ViewData.SetTrail("Modifier", new Breadcrumb("Plan d'actions", "/methodologie"), new Breadcrumb("Fiches actions", "/methodologie/fiches"),
            new Breadcrumb(FicheLabel, $"/methodologie/fiches/{fiche.Id}"));
        var choices = await FicheFormChoices.LoadAsync(db, users, territory, bus, HttpContext.RequestAborted);
        Form = new FicheFormView(
            Input,
            choices,
            PiloteAccountLocked: !access.EditsEverything,
            KeptPartners: choices.Organisations is null ? fiche.Partenaires.Where(p => p.OrganisationReference is not null).OrderBy(p => p.Position).Select(p => p.Name).ToList() : null,
            KeptIndicators: choices.Indicators is null ? fiche.Indicateurs.Select(i => i.Name).ToList() : null,
            KeptDispositif: choices.Dispositifs is null ? fiche.DispositifName ?? fiche.DispositifReference : null);
    }
}
