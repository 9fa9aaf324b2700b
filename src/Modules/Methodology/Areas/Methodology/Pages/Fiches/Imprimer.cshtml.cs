using Ctg.Modules.Methodology.Exports;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Modules.Methodology.Pages.Fiches;

/// <summary>A fiche to print, in the order of the DOCX; the host's style sheet leaves the navigation out of the print.</summary>
public sealed class ImprimerModel(IMediator mediator) : PageModel
{
    public FicheSheet Fiche { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await mediator.Send(new LoadFicheSheet(id), HttpContext.RequestAborted) is not { } fiche)
        {
            return NotFound();
        }
        Fiche = fiche;
        ViewData.SetTrail("Version imprimable", new Breadcrumb("Plan d'actions", "/methodologie"), new Breadcrumb("Fiches actions", "/methodologie/fiches"),
            new Breadcrumb($"Fiche {fiche.Number}", $"/methodologie/fiches/{id}"));
        return Page();
    }
}
