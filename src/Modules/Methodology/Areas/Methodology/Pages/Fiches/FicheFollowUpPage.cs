using Ctg.Modules.Methodology.Access;
using Ctg.Modules.Methodology.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.Fiches;

/// <summary>
/// A follow-up page of one fiche (progress, note, jalon): found, allowed to its editors, with its trail.
/// The fiche page posts its quick forms here; these pages show the form again when something is wrong.
/// </summary>
public abstract class FicheFollowUpPage(MethodologyDbContext db, FicheAccess access) : PageModel
{
    protected MethodologyDbContext Db => db;

    public Guid FicheId { get; private set; }
    public string FicheNumber { get; private set; } = "";
    public string FicheTitle { get; private set; } = "";
    public int FicheVersion { get; private set; }

    /// <returns>The refusal (404, 403), or null when the user may follow this fiche up.</returns>
    protected async Task<IActionResult?> OpenAsync(Guid id, string title, bool coordinationOnly = false)
    {
        var fiche = await db.Fiches.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new { f.Id, f.Number, f.Title, f.PiloteUserId, f.Version })
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (fiche is null)
        {
            return NotFound();
        }
        if (coordinationOnly ? !access.EditsEverything : !access.CanEdit(fiche.PiloteUserId))
        {
            return Forbid();
        }
        FicheId = fiche.Id;
        FicheNumber = fiche.Number;
        FicheTitle = fiche.Title;
        FicheVersion = fiche.Version;
        ViewData.SetTrail(title, new Breadcrumb("Plan d'actions", "/methodologie"), new Breadcrumb("Fiches actions", "/methodologie/fiches"),
            new Breadcrumb($"Fiche {fiche.Number}", $"/methodologie/fiches/{fiche.Id}"));
        return null;
    }
}
