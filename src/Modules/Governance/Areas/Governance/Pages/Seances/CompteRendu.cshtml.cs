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

/// <summary>
/// The compte rendu of a séance: HTML typed in a text area, sanitised before it is stored, in draft until it
/// is validated; only Coordination reopens a validated compte rendu.
/// </summary>
public sealed class CompteRenduModel(IMediator mediator, GovernanceAccess access) : PageModel
{
    public const string ReopenRefused = "Ce compte rendu est validé : seule la coordination peut le rouvrir.";

    [BindProperty]
    public Command Input { get; set; } = new();

    public SeanceSheet Sheet { get; private set; } = null!;

    /// <summary>A validated compte rendu is shown read-only to those who may not reopen it.</summary>
    public bool Locked => Sheet.MinutesStatus == MinutesStatus.Valide && !access.EditsEverything;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareAsync(id) is { } refusal)
        {
            return refusal;
        }
        Input = new Command { SeanceId = id, MinutesHtml = Sheet.MinutesHtml, MinutesStatus = Sheet.MinutesStatus, Version = Sheet.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PrepareAsync(id) is { } refusal)
        {
            return refusal;
        }
        Input.SeanceId = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = Input.MinutesStatus == MinutesStatus.Valide ? "Le compte rendu est validé." : "Le compte rendu est enregistré (brouillon).";
        return Redirect($"/gouvernance/seances/{id}");
    }

    private async Task<IActionResult?> PrepareAsync(Guid id)
    {
        var (sheet, refusal) = await this.OpenForEditAsync(mediator, access, id, "Compte rendu");
        if (refusal is not null)
        {
            return refusal;
        }
        Sheet = sheet!;
        return null;
    }

    public sealed class Command : ICommand
    {
        public Guid SeanceId { get; set; }

        [StringLength(200_000, ErrorMessage = "Le compte rendu ne doit pas dépasser 200 000 caractères.")]
        [Display(Name = "Texte du compte rendu")]
        public string? MinutesHtml { get; set; }

        [Display(Name = "État du compte rendu")]
        public MinutesStatus MinutesStatus { get; set; }

        public int Version { get; set; }
    }

    internal sealed class Handler(GovernanceDbContext db, GovernanceAccess access) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var seance = await db.Seances.FirstOrDefaultAsync(s => s.Id == request.SeanceId, cancellationToken)
                ?? throw new InvalidInputException("", "Cette séance n'existe plus.");
            db.Entry(seance).Property(s => s.Version).OriginalValue = request.Version;
            if (seance.MinutesStatus == MinutesStatus.Valide && !access.EditsEverything)
            {
                throw new InvalidInputException(nameof(Command.MinutesStatus), ReopenRefused);
            }
            seance.MinutesHtml = MinutesSanitizer.Sanitize(request.MinutesHtml);
            seance.MinutesStatus = request.MinutesStatus;
            if (seance.MinutesStatus == MinutesStatus.Valide && seance.MinutesHtml is null)
            {
                throw new InvalidInputException(nameof(Command.MinutesHtml), "Rédigez le compte rendu avant de le valider.");
            }
            db.Entry(seance).State = EntityState.Modified;
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
