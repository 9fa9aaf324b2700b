using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Modules.Governance.Pages.Instances;

[Authorize(Policy = Policies.Coordination)]
public sealed class NouvelleModel(IMediator mediator) : PageModel
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
        var id = await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"L'instance « {Input.Name.Trim()} » est créée. Ajoutez-lui ses membres.";
        return Redirect($"/gouvernance/instances/{id}/membres");
    }

    private void Trail() => ViewData.SetTrail("Nouvelle instance", new Breadcrumb("Gouvernance", "/gouvernance"));

    public sealed class Command : InstanceForm, ICommand<Guid>;

    internal sealed class Handler(GovernanceDbContext db) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var instance = new Instance { Id = Guid.NewGuid() };
            request.ApplyTo(instance);
            db.Instances.Add(instance);
            await db.SaveChangesAsync(cancellationToken);
            return instance.Id;
        }
    }
}
