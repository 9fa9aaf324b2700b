using System.ComponentModel.DataAnnotations;
using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Ctg.Modules.Methodology.Orientations;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.Orientations;

/// <summary>
/// An orientation, the fiches that implement it and its coverage; Coordination links and unlinks fiches.
/// </summary>
public sealed class DetailModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public View Orientation { get; private set; } = null!;

    public bool CanEdit => user.CanEditEverything;

    [BindProperty]
    public LinkFiche Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostLierAsync(Guid id)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Input.OrientationId = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = "La fiche est rattachée à l'orientation.";
        return Redirect($"/methodologie/orientations/{id}");
    }

    public async Task<IActionResult> OnPostRetirerAsync(Guid id, Guid ficheId)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        await mediator.Send(new UnlinkFiche(id, ficheId), HttpContext.RequestAborted);
        TempData["Message"] = "La fiche n'est plus rattachée à l'orientation.";
        return Redirect($"/methodologie/orientations/{id}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var view = await mediator.Send(new Query(id, CanEdit), HttpContext.RequestAborted);
        if (view is null)
        {
            return false;
        }
        Orientation = view;
        ViewData.SetTrail(view.Title, new Breadcrumb("Plan d'actions", "/methodologie"), new Breadcrumb("Orientations", "/methodologie/orientations"));
        return true;
    }

    public sealed record FicheLine(Guid Id, string Number, string Title, FicheStatus Status, int Progress, DateOnly? Deadline, bool Late);

    public sealed record FicheChoice(Guid Id, string Number, string Title);

    public sealed record View(
        Guid Id, string Title, string? Description, OrientationSource Source, string? DecisionLabel, DateOnly? AdoptedOn,
        IReadOnlyList<FicheLine> Fiches, OrientationCoverage Coverage, IReadOnlyList<FicheChoice> Linkable);

    /// <param name="WithChoices">Also list the fiches that can still be linked (for Coordination).</param>
    public sealed record Query(Guid Id, bool WithChoices) : IRequest<View?>;

    internal sealed class Handler(MethodologyDbContext db, IClock clock) : IRequestHandler<Query, View?>
    {
        public async Task<View?> Handle(Query request, CancellationToken cancellationToken)
        {
            var orientation = await db.Orientations.AsNoTracking()
                .Where(o => o.Id == request.Id)
                .Select(o => new { o.Id, o.Title, o.Description, o.Source, o.DecisionLabel, o.AdoptedOn })
                .FirstOrDefaultAsync(cancellationToken);
            if (orientation is null)
            {
                return null;
            }
            var today = clock.Today;
            var fiches = (await db.OrientationFiches.AsNoTracking()
                    .Where(l => l.OrientationId == request.Id)
                    .Select(l => new { l.Fiche.Id, l.Fiche.Number, l.Fiche.Title, l.Fiche.Status, l.Fiche.Progress, l.Fiche.Deadline })
                    .ToListAsync(cancellationToken))
                .OrderBy(f => f.Number, FicheNumberComparer.Instance)
                .Select(f => new FicheLine(f.Id, f.Number, f.Title, f.Status, f.Progress, f.Deadline, f.Status.IsLate(f.Deadline, today)))
                .ToList();
            IReadOnlyList<FicheChoice> linkable = [];
            if (request.WithChoices)
            {
                linkable = (await db.Fiches.AsNoTracking()
                        .Where(f => !db.OrientationFiches.Any(l => l.OrientationId == request.Id && l.FicheId == f.Id))
                        .Select(f => new FicheChoice(f.Id, f.Number, f.Title))
                        .ToListAsync(cancellationToken))
                    .OrderBy(f => f.Number, FicheNumberComparer.Instance)
                    .ToList();
            }
            return new View(orientation.Id, orientation.Title, orientation.Description, orientation.Source, orientation.DecisionLabel,
                orientation.AdoptedOn, fiches, OrientationCoverage.Of(fiches.Select(f => new CoveredFiche(f.Status, f.Progress, f.Deadline)), today),
                linkable);
        }
    }

    public sealed class LinkFiche : ICommand
    {
        public Guid OrientationId { get; set; }

        [Required(ErrorMessage = "Choisissez la fiche action à rattacher.")]
        [Display(Name = "Fiche action")]
        public Guid? FicheId { get; set; }
    }

    internal sealed class LinkHandler(MethodologyDbContext db) : IRequestHandler<LinkFiche, Unit>
    {
        public async Task<Unit> Handle(LinkFiche request, CancellationToken cancellationToken)
        {
            var ficheId = request.FicheId!.Value;
            if (!await db.Fiches.AnyAsync(f => f.Id == ficheId, cancellationToken))
            {
                throw new InvalidInputException(nameof(LinkFiche.FicheId), "Cette fiche action n'existe plus.");
            }
            if (await db.OrientationFiches.AnyAsync(l => l.OrientationId == request.OrientationId && l.FicheId == ficheId, cancellationToken))
            {
                throw new InvalidInputException(nameof(LinkFiche.FicheId), "Cette fiche action est déjà rattachée à l'orientation.");
            }
            db.OrientationFiches.Add(new OrientationFiche { OrientationId = request.OrientationId, FicheId = ficheId });
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }

    public sealed record UnlinkFiche(Guid OrientationId, Guid FicheId) : ICommand;

    internal sealed class UnlinkHandler(MethodologyDbContext db) : IRequestHandler<UnlinkFiche, Unit>
    {
        public async Task<Unit> Handle(UnlinkFiche request, CancellationToken cancellationToken)
        {
            await db.OrientationFiches
                .Where(l => l.OrientationId == request.OrientationId && l.FicheId == request.FicheId)
                .ExecuteDeleteAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
