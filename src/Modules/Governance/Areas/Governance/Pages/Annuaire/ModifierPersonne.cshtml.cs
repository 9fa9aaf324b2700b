using Ctg.Modules.Governance.Data;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages.Annuaire;

/// <summary>Edits a person of the directory; a save over a version changed meanwhile is refused.</summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class ModifierPersonneModel(IMediator mediator, GovernanceDbContext db) : PageModel
{
    [BindProperty]
    public Command Input { get; set; } = new();

    public string CurrentName { get; private set; } = "";

    /// <summary>An anonymised person has no name left to edit: the form is not offered.</summary>
    public bool IsAnonymised { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var person = await db.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, HttpContext.RequestAborted);
        if (person is null)
        {
            return NotFound();
        }
        Input = new Command
        {
            Id = id,
            Version = person.Version,
            FirstName = person.FirstName,
            LastName = person.LastName,
            Function = person.Function,
            OrganisationId = person.OrganisationId,
            Email = person.Email,
            Phone = person.Phone,
            Interests = person.Interests,
        };
        await ShowAsync(id, person.DisplayName, person.IsAnonymised);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var current = await db.Persons.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.FirstName, p.LastName, p.AnonymisedAt }).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (current is null)
        {
            return NotFound();
        }
        Input.Id = id;
        var anonymised = current.AnonymisedAt is not null;
        await ShowAsync(id, anonymised ? Domain.Person.AnonymousName : $"{current.FirstName} {current.LastName}".Trim(), anonymised);
        if (anonymised || !ModelState.IsValid)
        {
            return Page();
        }
        await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"La fiche de {Input.FirstName.Trim()} {Input.LastName.Trim()} est enregistrée.";
        return Redirect($"/gouvernance/annuaire/personnes/{id}");
    }

    private async Task ShowAsync(Guid id, string name, bool anonymised)
    {
        CurrentName = name;
        IsAnonymised = anonymised;
        ViewData["Organisations"] = await OrganisationChoice.LoadAsync(db, HttpContext.RequestAborted);
        ViewData.SetTrail("Modifier",
            new Breadcrumb("Gouvernance", "/gouvernance"),
            new Breadcrumb("Annuaire", "/gouvernance/annuaire"),
            new Breadcrumb(name, $"/gouvernance/annuaire/personnes/{id}"));
    }

    public sealed class Command : PersonForm, ICommand
    {
        public Guid Id { get; set; }
        public int Version { get; set; }
    }

    internal sealed class Validator(GovernanceDbContext db) : IValidator<Command>
    {
        public IEnumerable<ValidationError> Validate(Command request) => PersonForm.Check(db, request, request.Id);
    }

    internal sealed class Handler(GovernanceDbContext db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var person = await db.Persons.FirstOrDefaultAsync(p => p.Id == request.Id, cancellationToken)
                ?? throw new InvalidInputException("", "Cette personne n'est plus dans l'annuaire.");
            if (person.IsAnonymised)
            {
                throw new InvalidInputException("", "Cette personne a été anonymisée : sa fiche ne peut plus être modifiée.");
            }
            db.Entry(person).Property(p => p.Version).OriginalValue = request.Version;
            request.ApplyTo(person);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
