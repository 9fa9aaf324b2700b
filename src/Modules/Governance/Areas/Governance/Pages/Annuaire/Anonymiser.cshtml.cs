using Ctg.Modules.Governance.Data;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages.Annuaire;

/// <summary>
/// RGPD: erases who a person was (name, function, contact details, interests, account link) after a
/// confirmation. Their memberships and attendance rows stay, so participation rates do not change.
/// </summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class AnonymiserModel(IMediator mediator, GovernanceDbContext db) : PageModel
{
    [BindProperty]
    public Command Input { get; set; } = new();

    public string Name { get; private set; } = "";

    public bool AlreadyAnonymised { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var posted = Input.Version;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Input.Version = posted;
        if (AlreadyAnonymised)
        {
            return Page();
        }
        await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = "La fiche est anonymisée : son nom et ses coordonnées sont effacés, ses présences restent comptées.";
        return Redirect($"/gouvernance/annuaire/personnes/{id}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var person = await db.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, HttpContext.RequestAborted);
        if (person is null)
        {
            return false;
        }
        Name = person.DisplayName;
        AlreadyAnonymised = person.IsAnonymised;
        Input = new Command { Id = id, Version = person.Version };
        ViewData.SetTrail("Anonymiser",
            new Breadcrumb("Gouvernance", "/gouvernance"),
            new Breadcrumb("Annuaire", "/gouvernance/annuaire"),
            new Breadcrumb(person.DisplayName, $"/gouvernance/annuaire/personnes/{id}"));
        return true;
    }

    public sealed class Command : ICommand
    {
        public Guid Id { get; set; }
        public int Version { get; set; }
    }

    internal sealed class Handler(GovernanceDbContext db, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var person = await db.Persons.FirstOrDefaultAsync(p => p.Id == request.Id, cancellationToken)
                ?? throw new InvalidInputException("", "Cette personne n'est plus dans l'annuaire.");
            if (person.IsAnonymised)
            {
                return Unit.Value;
            }
            db.Entry(person).Property(p => p.Version).OriginalValue = request.Version;
            person.Anonymise(clock.Now);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
