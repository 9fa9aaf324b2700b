using System.ComponentModel.DataAnnotations;
using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Ctg.Sdk.Messages.Governance;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Modules.Methodology.Pages.Orientations;

/// <summary>
/// Records an orientation, typed or taken from a decision of a séance (COPIL first) when Governance is
/// enabled; a decision gives its text as the title, unless one is typed, and its date as the adoption date.
/// </summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class NouvelleModel(IMediator mediator, IModuleBus bus) : PageModel
{
    private const string Copil = "COPIL";

    [BindProperty]
    public Command Input { get; set; } = new();

    /// <summary>Decisions of COPIL séances, newest first; null when Governance is not running.</summary>
    public IReadOnlyList<DecisionSummary>? CopilDecisions { get; private set; }

    /// <summary>Decisions of the other instances.</summary>
    public IReadOnlyList<DecisionSummary> OtherDecisions { get; private set; } = [];

    public bool GovernanceAvailable => CopilDecisions is not null;

    public async Task OnGetAsync(string? decision)
    {
        await LoadAsync();
        if (GovernanceAvailable && decision is not null && Find(decision) is not null)
        {
            Input.Source = OrientationSource.Decision;
            Input.DecisionReference = decision;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        Input.DecisionLabel = null;
        if (Input.Source == OrientationSource.Decision)
        {
            if (!GovernanceAvailable)
            {
                ModelState.AddModelError("Input.Source", "Module désactivé : le module Gouvernance n'est pas activé, une orientation ne peut pas être reprise d'une décision.");
            }
            else if (Find(Input.DecisionReference) is not { } decision)
            {
                ModelState.AddModelError("Input.DecisionReference", "Choisissez la décision dont l'orientation est issue.");
            }
            else
            {
                Input.DecisionLabel = decision.Label;
                Input.AdoptedOn ??= decision.Date;
                if (string.IsNullOrWhiteSpace(Input.Title))
                {
                    var text = decision.Text.Trim();
                    Input.Title = text.Length <= 500 ? text : text[..499] + "…";
                    if (text.Length > 500 && string.IsNullOrWhiteSpace(Input.Description))
                    {
                        Input.Description = text;
                    }
                }
            }
        }
        else
        {
            Input.Source = OrientationSource.Saisie;
            Input.DecisionReference = null;
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var id = await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"L'orientation « {Input.Title!.Trim()} » est enregistrée.";
        return Redirect($"/methodologie/orientations/{id}");
    }

    private DecisionSummary? Find(string? reference) =>
        reference is null ? null : CopilDecisions?.Concat(OtherDecisions).FirstOrDefault(d => d.Reference == reference);

    private async Task LoadAsync()
    {
        ViewData.SetTrail("Nouvelle orientation", new Breadcrumb("Plan d'actions", "/methodologie"), new Breadcrumb("Orientations", "/methodologie/orientations"));
        var cancellationToken = HttpContext.RequestAborted;
        var copil = await bus.AskAsync(new ListDecisions(Copil), cancellationToken);
        if (!copil.IsAvailable)
        {
            CopilDecisions = null;
            return;
        }
        CopilDecisions = copil.Value!;
        var all = await bus.AskAsync(new ListDecisions(), cancellationToken);
        var copilReferences = CopilDecisions.Select(d => d.Reference).ToHashSet();
        OtherDecisions = (all.Value ?? []).Where(d => !copilReferences.Contains(d.Reference)).ToList();
    }

    public sealed class Command : OrientationFields, ICommand<Guid>
    {
        [Display(Name = "Origine")]
        public OrientationSource Source { get; set; } = OrientationSource.Saisie;

        [Display(Name = "Décision")]
        public string? DecisionReference { get; set; }

        /// <summary>Set by the page from Governance's answer, never from the form.</summary>
        [BindNever]
        public string? DecisionLabel { get; set; }
    }

    internal sealed class Handler(MethodologyDbContext db, IClock clock) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var orientation = new Orientation
            {
                Id = Guid.NewGuid(),
                Title = request.Title!.Trim(),
                Description = OrientationFields.Clean(request.Description),
                Source = request.Source,
                DecisionReference = request.Source == OrientationSource.Decision ? request.DecisionReference : null,
                DecisionLabel = request.Source == OrientationSource.Decision ? request.DecisionLabel : null,
                AdoptedOn = request.AdoptedOn,
                CreatedAt = clock.Now,
            };
            db.Orientations.Add(orientation);
            await db.SaveChangesAsync(cancellationToken);
            return orientation.Id;
        }
    }
}
