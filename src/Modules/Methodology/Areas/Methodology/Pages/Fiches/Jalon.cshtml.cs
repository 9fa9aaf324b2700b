using Ctg.Modules.Methodology.Access;
using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Fiches;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.Fiches;

/// <summary>Marks a jalon of a fiche reached, today unless another date is given.</summary>
public sealed class JalonModel(IMediator mediator, MethodologyDbContext db, FicheAccess access) : FicheFollowUpPage(db, access)
{
    [BindProperty]
    public MarkJalonDone Input { get; set; } = new();

    public string JalonTitle { get; private set; } = "";
    public DateOnly DueOn { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid jalonId) => await OpenJalonAsync(id, jalonId) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid jalonId)
    {
        if (await OpenJalonAsync(id, jalonId) is { } refusal)
        {
            return refusal;
        }
        Input.Id = id;
        Input.JalonId = jalonId;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"Le jalon « {JalonTitle} » est marqué atteint.";
        return Redirect($"/methodologie/fiches/{id}");
    }

    private async Task<IActionResult?> OpenJalonAsync(Guid id, Guid jalonId)
    {
        if (await OpenAsync(id, "Jalon atteint") is { } refusal)
        {
            return refusal;
        }
        var jalon = await Db.Jalons.AsNoTracking().Where(j => j.Id == jalonId && j.FicheId == id)
            .Select(j => new { j.Title, j.DueOn }).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (jalon is null)
        {
            return NotFound();
        }
        JalonTitle = jalon.Title;
        DueOn = jalon.DueOn;
        return null;
    }
}
