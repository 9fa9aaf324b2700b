using Ctg.Modules.Governance.Access;
using Ctg.Modules.Governance.Seances;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Modules.Governance.Pages.Seances;

/// <summary>A séance at a glance: when and where, ordre du jour, attendance, compte rendu, decisions and their follow-ups.</summary>
public sealed class DetailModel(IMediator mediator, GovernanceAccess access) : PageModel
{
    public SeanceSheet Sheet { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var sheet = await mediator.Send(new LoadSeanceSheet(id), HttpContext.RequestAborted);
        if (sheet is null)
        {
            return NotFound();
        }
        Sheet = sheet;
        CanEdit = await access.CanEditInstanceAsync(sheet.InstanceId, HttpContext.RequestAborted);
        SeanceTrail.Set(ViewData, sheet);
        return Page();
    }
}
