using System.ComponentModel.DataAnnotations;
using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;
using Ctg.Sdk.Messages.Governance;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages.Instances;

/// <summary>An instance and its séances; Coordination records séances and marks them held.</summary>
public sealed class DetailModel(IMediator mediator, ICurrentUser currentUser) : PageModel
{
    public Instance Instance { get; private set; } = null!;

    [BindProperty]
    public RecordSeance Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Input = new RecordSeance { InstanceId = id };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!currentUser.CanEditEverything)
        {
            return Forbid();
        }
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Input.InstanceId = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"La séance du {Input.Date:dd/MM/yyyy} est enregistrée.";
        return Redirect($"/gouvernance/instances/{id}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var instance = await mediator.Send(new Query(id), HttpContext.RequestAborted);
        if (instance is null)
        {
            return false;
        }
        Instance = instance;
        ViewData.SetTrail(instance.Name, new Breadcrumb("Gouvernance", "/gouvernance"));
        return true;
    }

    public sealed record Query(Guid Id) : IRequest<Instance?>;

    internal sealed class QueryHandler(GovernanceDbContext db) : IRequestHandler<Query, Instance?>
    {
        public Task<Instance?> Handle(Query request, CancellationToken cancellationToken) =>
            db.Instances.AsNoTracking().Include(i => i.Seances).FirstOrDefaultAsync(i => i.Id == request.Id, cancellationToken);
    }

    public sealed class RecordSeance : ICommand
    {
        public Guid InstanceId { get; set; }

        [Required(ErrorMessage = "Indiquez la date de la séance.")]
        [Display(Name = "Date")]
        public DateOnly? Date { get; set; }

        [StringLength(300, ErrorMessage = "Le lieu ne doit pas dépasser 300 caractères.")]
        [Display(Name = "Lieu ou lien de visioconférence")]
        public string? Place { get; set; }

        [Display(Name = "État")]
        public SeanceStatus Status { get; set; } = SeanceStatus.Planifiee;
    }

    internal sealed class RecordSeanceValidator(IClock clock) : IValidator<RecordSeance>
    {
        public IEnumerable<ValidationError> Validate(RecordSeance request)
        {
            if (request.Status == SeanceStatus.Tenue && request.Date > clock.Today)
            {
                yield return new ValidationError(nameof(RecordSeance.Status), "Une séance à venir ne peut pas être déjà tenue.");
            }
        }
    }

    internal sealed class RecordSeanceHandler(GovernanceDbContext db, IModuleBus bus) : IRequestHandler<RecordSeance, Unit>
    {
        public async Task<Unit> Handle(RecordSeance request, CancellationToken cancellationToken)
        {
            var instance = await db.Instances.FirstOrDefaultAsync(i => i.Id == request.InstanceId, cancellationToken)
                ?? throw new InvalidInputException("", "Cette instance n'existe plus.");
            var seance = new Seance
            {
                Id = Guid.NewGuid(),
                InstanceId = instance.Id,
                Date = request.Date!.Value,
                Place = string.IsNullOrWhiteSpace(request.Place) ? null : request.Place.Trim(),
                Status = request.Status,
            };
            db.Seances.Add(seance);
            await db.SaveChangesAsync(cancellationToken);
            if (seance.Status == SeanceStatus.Tenue)
            {
                await bus.PublishAsync(new SeanceHeld(seance.Id, instance.Name, seance.Date), cancellationToken);
            }
            return Unit.Value;
        }
    }
}
