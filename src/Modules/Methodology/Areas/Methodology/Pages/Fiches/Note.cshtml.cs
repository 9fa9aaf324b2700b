using Ctg.Modules.Methodology.Access;
using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Fiches;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Modules.Methodology.Pages.Fiches;

/// <summary>Adds a dated note de suivi to a fiche.</summary>
public sealed class NoteModel(IMediator mediator, MethodologyDbContext db, FicheAccess access, IClock clock) : FicheFollowUpPage(db, access)
{
    [BindProperty]
    public AddFicheNote Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await OpenAsync(id, "Nouvelle note de suivi") is { } refusal)
        {
            return refusal;
        }
        Input = new AddFicheNote { Id = id, Date = clock.Today };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await OpenAsync(id, "Nouvelle note de suivi") is { } refusal)
        {
            return refusal;
        }
        Input.Id = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = "La note de suivi est ajoutée.";
        return Redirect($"/methodologie/fiches/{id}#notes");
    }
}
