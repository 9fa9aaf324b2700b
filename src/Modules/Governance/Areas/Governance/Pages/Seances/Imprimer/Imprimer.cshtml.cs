using Ctg.Modules.Governance.Seances;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Modules.Governance.Pages.Seances.Imprimer;

/// <summary>A print-out of a séance; the host's style sheet leaves the navigation out of the printed page.</summary>
public abstract class PrintModel(IMediator mediator) : PageModel
{
    public SeanceSheet Sheet { get; private set; } = null!;

    protected abstract string Title { get; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var sheet = await mediator.Send(new LoadSeanceSheet(id), HttpContext.RequestAborted);
        if (sheet is null)
        {
            return NotFound();
        }
        Sheet = sheet;
        SeanceTrail.Set(ViewData, sheet, Title);
        return Page();
    }
}

public sealed class ConvocationModel(IMediator mediator) : PrintModel(mediator)
{
    protected override string Title => "Convocation à imprimer";
}

public sealed class EmargementModel(IMediator mediator) : PrintModel(mediator)
{
    /// <summary>Blank lines left at the bottom of the sheet for guests who sign on the day.</summary>
    public const int BlankGuestLines = 6;

    protected override string Title => "Feuille d'émargement";
}

public sealed class CompteRenduModel(IMediator mediator) : PrintModel(mediator)
{
    protected override string Title => "Compte rendu à imprimer";
}
