using Ctg.Modules.Methodology.Exports;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Modules.Methodology.Pages.Fiches;

/// <summary>A fiche as a Word document laid out like the territories' own fiches: "fiche-action-17.docx".</summary>
public sealed class DocxModel(IMediator mediator, IClock clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await mediator.Send(new LoadFicheSheet(id), HttpContext.RequestAborted) is not { } fiche)
        {
            return NotFound();
        }
        return File(FicheDocument.Write(fiche, clock.Today), FicheDocument.ContentType, FicheDocument.FileName(fiche.Number));
    }
}
