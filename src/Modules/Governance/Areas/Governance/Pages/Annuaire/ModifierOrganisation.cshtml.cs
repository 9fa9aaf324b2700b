using Ctg.Modules.Governance.Data;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages.Annuaire;

/// <summary>Edits an organisation; a save over a version changed meanwhile is refused.</summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class ModifierOrganisationModel(IMediator mediator, GovernanceDbContext db) : PageModel
{
    [BindProperty]
    public Command Input { get; set; } = new();

    /// <summary>A commune of the territory keeps the INSEE code it got at installation.</summary>
    public string? InseeCode { get; private set; }

    public string CurrentName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, HttpContext.RequestAborted);
        if (organisation is null)
        {
            return NotFound();
        }
        Input = new Command
        {
            Id = id,
            Version = organisation.Version,
            Name = organisation.Name,
            Type = organisation.Type,
            Email = organisation.Email,
            Phone = organisation.Phone,
        };
        Show(organisation.Name, organisation.InseeCode);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var current = await db.Organisations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new { o.Name, o.InseeCode }).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (current is null)
        {
            return NotFound();
        }
        Input.Id = id;
        Show(current.Name, current.InseeCode);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"L'organisation « {Input.Name.Trim()} » est enregistrée.";
        return Redirect("/gouvernance/annuaire/organisations");
    }

    private void Show(string name, string? inseeCode)
    {
        CurrentName = name;
        InseeCode = inseeCode;
        ViewData.SetTrail("Modifier l'organisation",
            new Breadcrumb("Gouvernance", "/gouvernance"),
            new Breadcrumb("Annuaire", "/gouvernance/annuaire"),
            new Breadcrumb("Organisations", "/gouvernance/annuaire/organisations"));
    }

    public sealed class Command : OrganisationForm, ICommand
    {
        public Guid Id { get; set; }
        public int Version { get; set; }
    }

    internal sealed class Validator(GovernanceDbContext db) : IValidator<Command>
    {
        public IEnumerable<ValidationError> Validate(Command request) => OrganisationForm.Check(db, request, request.Id);
    }

    internal sealed class Handler(GovernanceDbContext db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == request.Id, cancellationToken)
                ?? throw new InvalidInputException("", "Cette organisation n'existe plus.");
            db.Entry(organisation).Property(o => o.Version).OriginalValue = request.Version;
            request.ApplyTo(organisation);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
