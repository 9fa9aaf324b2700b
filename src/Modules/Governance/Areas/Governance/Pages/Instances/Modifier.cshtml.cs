using Ctg.Modules.Governance.Access;
using Ctg.Modules.Governance.Data;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages.Instances;

/// <summary>Edits an instance; a save over a version changed meanwhile is refused.</summary>
public sealed class ModifierModel(IMediator mediator, GovernanceAccess access, GovernanceDbContext db) : PageModel
{
    [BindProperty]
    public Command Input { get; set; } = new();

    public string InstanceName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await access.CanEditInstanceAsync(id, HttpContext.RequestAborted))
        {
            return Forbid();
        }
        var instance = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, HttpContext.RequestAborted);
        if (instance is null)
        {
            return NotFound();
        }
        Input = new Command
        {
            Id = id,
            Version = instance.Version,
            Name = instance.Name,
            Kind = instance.Kind,
            CustomKind = instance.CustomKind,
            Theme = instance.Theme,
            Purpose = instance.Purpose,
            ExpectedSeancesPerYear = instance.ExpectedSeancesPerYear,
            MinutesConfidential = instance.MinutesConfidential,
            IsActive = instance.IsActive,
        };
        Trail(instance.Name, id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await access.CanEditInstanceAsync(id, HttpContext.RequestAborted))
        {
            return Forbid();
        }
        Input.Id = id;
        Trail(Input.Name, id);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"L'instance « {Input.Name.Trim()} » est enregistrée.";
        return Redirect($"/gouvernance/instances/{id}");
    }

    private void Trail(string name, Guid id)
    {
        InstanceName = name;
        ViewData.SetTrail("Modifier", new Breadcrumb("Gouvernance", "/gouvernance"), new Breadcrumb(name, $"/gouvernance/instances/{id}"));
    }

    public sealed class Command : InstanceForm, ICommand
    {
        public Guid Id { get; set; }
        public int Version { get; set; }
        public bool IsActive { get; set; } = true;
        public override Guid? EditedId => Id;
    }

    internal sealed class Handler(GovernanceDbContext db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var instance = await db.Instances.FirstOrDefaultAsync(i => i.Id == request.Id, cancellationToken)
                ?? throw new InvalidInputException("", "Cette instance n'existe plus.");
            db.Entry(instance).Property(i => i.Version).OriginalValue = request.Version;
            request.ApplyTo(instance);
            instance.IsActive = request.IsActive;
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
