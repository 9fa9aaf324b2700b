using Ctg.Modules.Dispositifs.Data;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Dispositifs.Pages;

/// <summary>Asks for confirmation, then deletes a dispositif with its links to fiches actions; the fiches stay.</summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class SupprimerModel(IMediator mediator, DispositifsDbContext db) : PageModel
{
    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public int Actions { get; private set; }
    public int DispositifVersion { get; private set; }

    /// <summary>The dispositif's version when the confirmation was shown.</summary>
    [BindProperty]
    public int? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        await mediator.Send(new Command(id, Version), HttpContext.RequestAborted);
        TempData["Message"] = $"Le dispositif « {Name} » est supprimé.";
        return Redirect("/dispositifs");
    }

    /// <summary>The dispositif and what goes with it, also when a refused deletion shows the page again.</summary>
    private async Task<bool> LoadAsync(Guid id)
    {
        var dispositif = await db.Dispositifs.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new { d.Name, d.Version, Actions = d.Actions.Count })
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (dispositif is null)
        {
            return false;
        }
        (Id, Name, Actions, DispositifVersion) = (id, dispositif.Name, dispositif.Actions, dispositif.Version);
        ViewData.SetTrail("Supprimer", new Breadcrumb("Dispositifs", "/dispositifs"), new Breadcrumb(dispositif.Name, $"/dispositifs/{id}"));
        return true;
    }

    /// <summary>
    /// Deletes a dispositif and its links. With <see cref="Version"/>, a dispositif changed since the
    /// confirmation page was shown is not deleted unseen.
    /// </summary>
    public sealed record Command(Guid Id, int? Version) : ICommand;

    internal sealed class Handler(DispositifsDbContext db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var version = await db.Dispositifs.Where(d => d.Id == request.Id).Select(d => (int?)d.Version).FirstOrDefaultAsync(cancellationToken)
                ?? throw new InvalidInputException("", "Ce dispositif n'existe plus.");
            if (request.Version is not { } shown || shown != version)
            {
                throw new InvalidInputException("", "Ce dispositif a été modifié depuis l'affichage de cette page : relisez-le avant de le supprimer.");
            }
            // The command runs in one transaction (the host's TransactionBehavior): a refusal below keeps the links.
            await db.Actions.Where(a => a.DispositifId == request.Id).ExecuteDeleteAsync(cancellationToken);
            var deleted = await db.Dispositifs.Where(d => d.Id == request.Id && d.Version == version).ExecuteDeleteAsync(cancellationToken);
            if (deleted == 0)
            {
                throw new InvalidInputException("", "Ce dispositif a été modifié depuis l'affichage de cette page : relisez-le avant de le supprimer.");
            }
            return Unit.Value;
        }
    }
}
