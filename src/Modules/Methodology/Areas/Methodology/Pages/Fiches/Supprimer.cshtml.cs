using Ctg.Modules.Methodology.Access;
using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Fiches;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.Fiches;

/// <summary>Deletes a fiche after confirmation: Coordination only.</summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class SupprimerModel(IMediator mediator, MethodologyDbContext db, FicheAccess access) : FicheFollowUpPage(db, access)
{
    [BindProperty]
    public DeleteFiche Input { get; set; } = new();

    /// <summary>What goes with the fiche, said before confirming.</summary>
    public int Plans { get; private set; }
    public int Orientations { get; private set; }
    public int Notes { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await OpenAsync(id, "Supprimer", coordinationOnly: true) is { } refusal)
        {
            return refusal;
        }
        await CountLinksAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await OpenAsync(id, "Supprimer", coordinationOnly: true) is { } refusal)
        {
            return refusal;
        }
        // Counted first: a refused deletion (the fiche changed meanwhile) shows this page again.
        await CountLinksAsync(id);
        await mediator.Send(new DeleteFiche { Id = id, Version = Input.Version }, HttpContext.RequestAborted);
        TempData["Message"] = $"La fiche action n° {FicheNumber} est supprimée.";
        return Redirect("/methodologie/fiches");
    }

    private async Task CountLinksAsync(Guid id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        Plans = await Db.PlanFiches.CountAsync(p => p.FicheId == id, cancellationToken);
        Orientations = await Db.OrientationFiches.CountAsync(o => o.FicheId == id, cancellationToken);
        Notes = await Db.Notes.CountAsync(n => n.FicheId == id, cancellationToken);
    }
}
