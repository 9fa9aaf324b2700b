using Ctg.Modules.Governance.Access;
using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Ctg.Modules.Governance.Seances;
using Ctg.Sdk;
using Ctg.Sdk.Messages.Governance;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages.Seances;

/// <summary>Plans (or records) a séance of an instance and convenes the members in office on its date.</summary>
public sealed class NouvelleModel(IMediator mediator, GovernanceDbContext db, GovernanceAccess access) : PageModel
{
    [BindProperty]
    public Command Input { get; set; } = new();

    public Guid InstanceId { get; private set; }
    public string InstanceName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid instanceId)
    {
        if (await PrepareAsync(instanceId) is { } refusal)
        {
            return refusal;
        }
        Input = new Command { InstanceId = instanceId };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid instanceId)
    {
        if (await PrepareAsync(instanceId) is { } refusal)
        {
            return refusal;
        }
        Input.InstanceId = instanceId;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var id = await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"La séance du {Input.Date:dd/MM/yyyy} est créée.";
        return Redirect($"/gouvernance/seances/{id}");
    }

    private async Task<IActionResult?> PrepareAsync(Guid instanceId)
    {
        var name = await db.Instances.AsNoTracking().Where(i => i.Id == instanceId).Select(i => i.Name).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (name is null)
        {
            return NotFound();
        }
        if (!await access.CanEditInstanceAsync(instanceId, HttpContext.RequestAborted))
        {
            return Forbid();
        }
        InstanceId = instanceId;
        InstanceName = name;
        ViewData.SetTrail("Nouvelle séance", new Breadcrumb("Gouvernance", "/gouvernance"), new Breadcrumb(name, $"/gouvernance/instances/{instanceId}"));
        return null;
    }

    public sealed class Command : SeanceFields, ICommand<Guid>
    {
        public Guid InstanceId { get; set; }
    }

    internal sealed class Validator(IClock clock) : IValidator<Command>
    {
        public IEnumerable<ValidationError> Validate(Command request) => request.Check(clock.Today);
    }

    internal sealed class Handler(GovernanceDbContext db, IModuleBus bus) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var instance = await db.Instances
                .Include(i => i.Members).ThenInclude(m => m.Person).ThenInclude(p => p.Organisation)
                .AsSplitQuery()
                .FirstOrDefaultAsync(i => i.Id == request.InstanceId, cancellationToken)
                ?? throw new InvalidInputException("", "Cette instance n'existe plus.");
            var seance = new Seance { Id = Guid.NewGuid(), InstanceId = instance.Id };
            request.CopyTo(seance);
            Convening.Convene(seance, instance);
            db.Seances.Add(seance);
            await db.SaveChangesAsync(cancellationToken);
            if (seance.Status == SeanceStatus.Tenue)
            {
                await bus.PublishAsync(new SeanceHeld(seance.Id, instance.Name, seance.Date), cancellationToken);
            }
            return seance.Id;
        }
    }
}
