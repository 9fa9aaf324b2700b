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

/// <summary>Changes the date, time, place or state of a séance; a save over a newer version is refused.</summary>
public sealed class ModifierModel(IMediator mediator, GovernanceAccess access) : PageModel
{
    [BindProperty]
    public Command Input { get; set; } = new();

    public SeanceSheet Sheet { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareAsync(id) is { } refusal)
        {
            return refusal;
        }
        Input = new Command
        {
            Id = id, Version = Sheet.Version, Date = Sheet.Date, StartTime = Sheet.StartTime, EndTime = Sheet.EndTime,
            Place = Sheet.Place, VideoLink = Sheet.VideoLink, Status = Sheet.Status,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PrepareAsync(id) is { } refusal)
        {
            return refusal;
        }
        Input.Id = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = "La séance est enregistrée.";
        return Redirect($"/gouvernance/seances/{id}");
    }

    private async Task<IActionResult?> PrepareAsync(Guid id)
    {
        var (sheet, refusal) = await this.OpenForEditAsync(mediator, access, id, "Modifier la séance");
        if (refusal is not null)
        {
            return refusal;
        }
        Sheet = sheet!;
        return null;
    }

    public sealed class Command : SeanceFields, ICommand
    {
        public Guid Id { get; set; }
        public int Version { get; set; }
    }

    internal sealed class Validator(IClock clock) : IValidator<Command>
    {
        public IEnumerable<ValidationError> Validate(Command request) => request.Check(clock.Today);
    }

    internal sealed class Handler(GovernanceDbContext db, IModuleBus bus) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var seance = await db.Seances.Include(s => s.Attendances).FirstOrDefaultAsync(s => s.Id == request.Id, cancellationToken)
                ?? throw new InvalidInputException("", "Cette séance n'existe plus.");
            db.Entry(seance).Property(s => s.Version).OriginalValue = request.Version;
            var instance = await db.Instances
                .Include(i => i.Members).ThenInclude(m => m.Person).ThenInclude(p => p.Organisation)
                .AsSplitQuery()
                .FirstAsync(i => i.Id == seance.InstanceId, cancellationToken);
            var wasHeld = seance.Status == SeanceStatus.Tenue;
            var previousDate = seance.Date;
            request.CopyTo(seance);
            if (seance.Date != previousDate)
            {
                db.Attendances.RemoveRange(Convening.Reconvene(seance, instance));
            }
            // The séance row changes with every save, so that its version guards the whole form.
            db.Entry(seance).State = EntityState.Modified;
            await db.SaveChangesAsync(cancellationToken);
            if (!wasHeld && seance.Status == SeanceStatus.Tenue)
            {
                await bus.PublishAsync(new SeanceHeld(seance.Id, instance.Name, seance.Date), cancellationToken);
            }
            return Unit.Value;
        }
    }
}
