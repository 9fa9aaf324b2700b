using Ctg.Modules.Methodology.Briefs;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Modules.Methodology.Pages.Notes;

/// <summary>A note d'aide à la décision as a Word document, built from its snapshot and the current data.</summary>
public sealed class DocxModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var sheet = await mediator.Send(new LoadBriefSheet(id), HttpContext.RequestAborted);
        if (sheet is null)
        {
            return NotFound();
        }
        return File(BriefDocument.Write(sheet), BriefDocument.ContentType, BriefDocument.FileName(sheet));
    }
}
