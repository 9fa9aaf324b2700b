using Ctg.Modules.Methodology.Access;
using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Fiches;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.Fiches;

/// <summary>The quick follow-up of a fiche: status, % d'avancement, météo.</summary>
public sealed class AvancementModel(IMediator mediator, MethodologyDbContext db, FicheAccess access) : FicheFollowUpPage(db, access)
{
    [BindProperty]
    public UpdateFicheProgress Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await OpenAsync(id, "Avancement") is { } refusal)
        {
            return refusal;
        }
        var fiche = await Db.Fiches.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new { f.Status, f.Progress, f.Meteo, f.Version }).FirstAsync(HttpContext.RequestAborted);
        Input = new UpdateFicheProgress { Id = id, Version = fiche.Version, Status = fiche.Status, Progress = fiche.Progress, Meteo = fiche.Meteo };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await OpenAsync(id, "Avancement") is { } refusal)
        {
            return refusal;
        }
        Input.Id = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = "L'avancement de la fiche est enregistré.";
        return Redirect($"/methodologie/fiches/{id}");
    }
}
