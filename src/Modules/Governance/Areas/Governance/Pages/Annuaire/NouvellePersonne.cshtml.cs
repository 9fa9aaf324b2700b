using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Modules.Governance.Pages.Annuaire;

/// <summary>Adds a person to the directory.</summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class NouvellePersonneModel(IMediator mediator, GovernanceDbContext db) : PageModel
{
    [BindProperty]
    public Command Input { get; set; } = new();

    public async Task OnGetAsync(Guid? organisation)
    {
        Input.OrganisationId = organisation;
        await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await ShowAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var id = await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"{Input.FirstName.Trim()} {Input.LastName.Trim()} est ajouté(e) à l'annuaire.";
        return Redirect($"/gouvernance/annuaire/personnes/{id}");
    }

    private async Task ShowAsync()
    {
        ViewData["Organisations"] = await OrganisationChoice.LoadAsync(db, HttpContext.RequestAborted);
        ViewData.SetTrail("Nouvelle personne", new Breadcrumb("Gouvernance", "/gouvernance"), new Breadcrumb("Annuaire", "/gouvernance/annuaire"));
    }

    public sealed class Command : PersonForm, ICommand<Guid>
    {
    }

    internal sealed class Validator(GovernanceDbContext db) : IValidator<Command>
    {
        public IEnumerable<ValidationError> Validate(Command request) => PersonForm.Check(db, request, editedId: null);
    }

    internal sealed class Handler(GovernanceDbContext db) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var person = new Person { Id = Guid.NewGuid() };
            request.ApplyTo(person);
            db.Persons.Add(person);
            await db.SaveChangesAsync(cancellationToken);
            return person.Id;
        }
    }
}
