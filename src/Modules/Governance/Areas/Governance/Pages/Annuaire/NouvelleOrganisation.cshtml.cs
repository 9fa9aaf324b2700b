using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Modules.Governance.Pages.Annuaire;

/// <summary>Adds an organisation to the directory: the CAF, the MSA, the Département, a partner association.</summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class NouvelleOrganisationModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public Command Input { get; set; } = new();

    public void OnGet() => Trail();

    public async Task<IActionResult> OnPostAsync()
    {
        Trail();
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"L'organisation « {Input.Name.Trim()} » est ajoutée à l'annuaire.";
        return Redirect("/gouvernance/annuaire/organisations");
    }

    private void Trail() => ViewData.SetTrail("Nouvelle organisation",
        new Breadcrumb("Gouvernance", "/gouvernance"),
        new Breadcrumb("Annuaire", "/gouvernance/annuaire"),
        new Breadcrumb("Organisations", "/gouvernance/annuaire/organisations"));

    public sealed class Command : OrganisationForm, ICommand<Guid>
    {
    }

    internal sealed class Validator(GovernanceDbContext db) : IValidator<Command>
    {
        public IEnumerable<ValidationError> Validate(Command request) => OrganisationForm.Check(db, request, editedId: null);
    }

    internal sealed class Handler(GovernanceDbContext db) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var organisation = new Organisation { Id = Guid.NewGuid() };
            request.ApplyTo(organisation);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(cancellationToken);
            return organisation.Id;
        }
    }
}
