using System.ComponentModel.DataAnnotations;
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

/// <summary>The relevé de décisions of a séance: decisions numbered 1, 2, 3... in the order they are recorded.</summary>
public sealed class DecisionsModel(IMediator mediator, GovernanceAccess access) : PageModel
{
    [BindProperty]
    public AddDecision Input { get; set; } = new();

    public SeanceSheet Sheet { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id) => await PrepareAsync(id) ?? Page();

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
        var number = await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"La décision n° {number} est enregistrée.";
        return Redirect($"/gouvernance/seances/{id}/decisions");
    }

    private async Task<IActionResult?> PrepareAsync(Guid id)
    {
        var (sheet, refusal) = await this.OpenForEditAsync(mediator, access, id, "Relevé de décisions");
        if (refusal is not null)
        {
            return refusal;
        }
        Sheet = sheet!;
        return null;
    }

    /// <summary>Records a decision; returns its number.</summary>
    public sealed class AddDecision : ICommand<int>
    {
        public Guid SeanceId { get; set; }

        [Required(ErrorMessage = "Écrivez la décision.")]
        [StringLength(4000, ErrorMessage = "La décision ne doit pas dépasser 4 000 caractères.")]
        [Display(Name = "Décision")]
        public string Text { get; set; } = "";
    }

    internal sealed class Handler(GovernanceDbContext db, IModuleBus bus) : IRequestHandler<AddDecision, int>
    {
        public async Task<int> Handle(AddDecision request, CancellationToken cancellationToken)
        {
            var seance = await db.Seances.Where(s => s.Id == request.SeanceId)
                .Select(s => new { s.Id, s.Date, InstanceName = s.Instance.Name, Last = s.Decisions.Max(d => (int?)d.Number) })
                .FirstOrDefaultAsync(cancellationToken)
                ?? throw new InvalidInputException("", "Cette séance n'existe plus.");
            var decision = new Decision { Id = Guid.NewGuid(), SeanceId = seance.Id, Number = (seance.Last ?? 0) + 1, Text = request.Text.Trim() };
            db.Decisions.Add(decision);
            await db.SaveChangesAsync(cancellationToken);
            await bus.PublishAsync(new DecisionRecorded(decision.Id, seance.Id, seance.InstanceName, decision.Number, decision.Text, seance.Date), cancellationToken);
            return decision.Number;
        }
    }
}
