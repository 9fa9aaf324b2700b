using Ctg.Modules.Methodology.Data;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.Orientations;

/// <summary>Edits an orientation; a save over a version changed meanwhile is refused. Its source stays.</summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class ModifierModel(IMediator mediator, MethodologyDbContext db) : PageModel
{
    [BindProperty]
    public Command Input { get; set; } = new();

    public string? DecisionLabel { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var orientation = await db.Orientations.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new { o.Title, o.Description, o.AdoptedOn, o.DecisionLabel, o.Version })
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (orientation is null)
        {
            return NotFound();
        }
        Input = new Command { Id = id, Version = orientation.Version, Title = orientation.Title, Description = orientation.Description, AdoptedOn = orientation.AdoptedOn };
        DecisionLabel = orientation.DecisionLabel;
        Trail(orientation.Title, id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var current = await db.Orientations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new { o.Title, o.DecisionLabel }).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (current is null)
        {
            return NotFound();
        }
        Input.Id = id;
        DecisionLabel = current.DecisionLabel;
        Trail(current.Title, id);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"L'orientation « {Input.Title!.Trim()} » est enregistrée.";
        return Redirect($"/methodologie/orientations/{id}");
    }

    private void Trail(string title, Guid id) =>
        ViewData.SetTrail("Modifier", new Breadcrumb("Plan d'actions", "/methodologie"), new Breadcrumb("Orientations", "/methodologie/orientations"),
            new Breadcrumb(title, $"/methodologie/orientations/{id}"));

    public sealed class Command : OrientationFields, ICommand
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
            orientation.Title = request.Title!.Trim();
            orientation.Description = OrientationFields.Clean(request.Description);
            orientation.AdoptedOn = request.AdoptedOn;
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
