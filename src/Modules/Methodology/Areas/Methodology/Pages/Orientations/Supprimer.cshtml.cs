using Ctg.Modules.Methodology.Data;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.Orientations;

/// <summary>Deletes an orientation after confirmation; its fiches stay, only their link to it goes.</summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class SupprimerModel(IMediator mediator, MethodologyDbContext db) : PageModel
{
    public string Title { get; private set; } = "";

    public int Fiches { get; private set; }

    [BindProperty]
    public Command Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id, keepVersion: true))
        {
            return NotFound();
        }
        Input.Id = id;
        await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"L'orientation « {Title} » est supprimée.";
        return Redirect("/methodologie/orientations");
    }

    private async Task<bool> LoadAsync(Guid id, bool keepVersion = false)
    {
        var orientation = await db.Orientations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new { o.Title, o.Version, Fiches = o.Fiches.Count })
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (orientation is null)
        {
            return false;
        }
        Title = orientation.Title;
        Fiches = orientation.Fiches;
        if (!keepVersion)
        {
            Input = new Command { Id = id, Version = orientation.Version };
        }
        ViewData.SetTrail("Supprimer", new Breadcrumb("Plan d'actions", "/methodologie"), new Breadcrumb("Orientations", "/methodologie/orientations"),
            new Breadcrumb(orientation.Title, $"/methodologie/orientations/{id}"));
        return true;
    }

    public sealed class Command : ICommand
    {
        public Guid Id { get; set; }
        public int Version { get; set; }
    }

    internal sealed class Handler(MethodologyDbContext db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var orientation = await db.Orientations.FirstOrDefaultAsync(o => o.Id == request.Id, cancellationToken)
                ?? throw new InvalidInputException("", "Cette orientation n'existe plus.");
            db.Entry(orientation).Property(o => o.Version).OriginalValue = request.Version;
            db.Orientations.Remove(orientation);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
