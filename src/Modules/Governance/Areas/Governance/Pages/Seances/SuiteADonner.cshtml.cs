using Ctg.Modules.Governance.Directory;
using System.ComponentModel.DataAnnotations;
using Ctg.Modules.Governance.Access;
using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Ctg.Modules.Governance.Seances;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages.Seances;

/// <summary>A suite à donner of a decision, new or edited: action, owner, due date, state and the day it was done.</summary>
public sealed class SuiteADonnerModel(IMediator mediator, GovernanceAccess access) : PageModel
{
    [BindProperty]
    public Command Input { get; set; } = new();

    public SeanceSheet Sheet { get; private set; } = null!;
    public DecisionLine Decision { get; private set; } = null!;
    public IReadOnlyList<PersonChoice> Persons { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid decisionId, Guid? followUpId)
    {
        if (await PrepareAsync(id, decisionId) is { } refusal)
        {
            return refusal;
        }
        Input = new Command { SeanceId = id, DecisionId = decisionId };
        if (followUpId is not null)
        {
            if (Decision.FollowUps.FirstOrDefault(f => f.Id == followUpId) is not { } followUp)
            {
                return NotFound();
            }
            Input = new Command
            {
                SeanceId = id, DecisionId = decisionId, FollowUpId = followUp.Id, Action = followUp.Action, OwnerId = followUp.OwnerId,
                DueDate = followUp.DueDate, Status = followUp.Status, DoneOn = followUp.DoneOn, Version = followUp.Version,
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid decisionId, Guid? followUpId)
    {
        if (await PrepareAsync(id, decisionId) is { } refusal)
        {
            return refusal;
        }
        Input.SeanceId = id;
        Input.DecisionId = decisionId;
        Input.FollowUpId = followUpId;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"La suite à donner de la décision n° {Decision.Number} est enregistrée.";
        return Redirect($"/gouvernance/seances/{id}/decisions");
    }

    private async Task<IActionResult?> PrepareAsync(Guid id, Guid decisionId)
    {
        var sheet = await mediator.Send(new LoadSeanceSheet(id), HttpContext.RequestAborted);
        if (sheet?.Decisions.FirstOrDefault(d => d.Id == decisionId) is not { } decision)
        {
            return NotFound();
        }
        if (!await access.CanEditInstanceAsync(sheet.InstanceId, HttpContext.RequestAborted))
        {
            return Forbid();
        }
        Sheet = sheet;
        Decision = decision;
        Persons = await mediator.Send(new ListPersonChoices(), HttpContext.RequestAborted);
        SeanceTrail.Set(ViewData, sheet, "Suite à donner");
        return null;
    }

    public sealed class Command : ICommand
    {
        public Guid SeanceId { get; set; }
        public Guid DecisionId { get; set; }
        public Guid? FollowUpId { get; set; }

        [Required(ErrorMessage = "Décrivez l'action à mener.")]
        [StringLength(1000, ErrorMessage = "L'action ne doit pas dépasser 1 000 caractères.")]
        [Display(Name = "Action")]
        public string Action { get; set; } = "";

        [Display(Name = "Responsable")]
        public Guid? OwnerId { get; set; }

        [Display(Name = "Échéance")]
        public DateOnly? DueDate { get; set; }

        [Display(Name = "État")]
        public FollowUpStatus Status { get; set; } = FollowUpStatus.AFaire;

        [Display(Name = "Faite le")]
        public DateOnly? DoneOn { get; set; }

        public int Version { get; set; }
    }

    internal sealed class Validator(IClock clock) : IValidator<Command>
    {
        public IEnumerable<ValidationError> Validate(Command request)
        {
            if (request.Status == FollowUpStatus.Faite && request.DoneOn > clock.Today)
            {
                yield return new ValidationError(nameof(Command.DoneOn), "Une action ne peut pas être faite à une date future.");
            }
        }
    }

    internal sealed class Handler(GovernanceDbContext db, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            if (!await db.Decisions.AnyAsync(d => d.Id == request.DecisionId && d.SeanceId == request.SeanceId, cancellationToken))
            {
                throw new InvalidInputException("", "Cette décision n'existe plus.");
            }
            if (request.OwnerId is { } owner && !await db.Persons.AnyAsync(p => p.Id == owner && p.AnonymisedAt == null, cancellationToken))
            {
                throw new InvalidInputException(nameof(Command.OwnerId), "Cette personne n'est plus dans l'annuaire.");
            }
            FollowUp followUp;
            if (request.FollowUpId is { } id)
            {
                followUp = await db.FollowUps.FirstOrDefaultAsync(f => f.Id == id && f.DecisionId == request.DecisionId, cancellationToken)
                    ?? throw new InvalidInputException("", "Cette suite à donner n'existe plus.");
                db.Entry(followUp).Property(f => f.Version).OriginalValue = request.Version;
                db.Entry(followUp).State = EntityState.Modified;
            }
            else
            {
                followUp = new FollowUp { Id = Guid.NewGuid(), DecisionId = request.DecisionId };
                db.FollowUps.Add(followUp);
            }
            followUp.Action = request.Action.Trim();
            followUp.OwnerId = request.OwnerId;
            followUp.DueDate = request.DueDate;
            followUp.Status = request.Status;
            followUp.DoneOn = request.Status == FollowUpStatus.Faite ? request.DoneOn ?? clock.Today : null;
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
