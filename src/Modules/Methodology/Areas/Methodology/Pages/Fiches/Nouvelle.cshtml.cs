using System.ComponentModel.DataAnnotations;
using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Ctg.Sdk;
using Ctg.Sdk.Messages.Dispositifs;
using Ctg.Sdk.Messages.Methodology;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Modules.Methodology.Pages.Fiches;

/// <summary>Creates a fiche action, attached if wished to a dispositif that the Dispositifs module lists.</summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class NouvelleModel(IMediator mediator, IModuleBus bus) : PageModel
{
    [BindProperty]
    public Command Input { get; set; } = new();

    /// <summary>Null when the Dispositifs module is not running.</summary>
    public IReadOnlyList<DispositifSummary>? Dispositifs { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Input.DispositifReference is { Length: > 0 } reference && Dispositifs?.Any(d => d.Reference == reference) != true)
        {
            ModelState.AddModelError("Input.DispositifReference", "Ce dispositif n'existe pas ou n'est plus disponible.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Input.DispositifName = Dispositifs?.FirstOrDefault(d => d.Reference == Input.DispositifReference)?.Name;
        var id = await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"La fiche action {Input.Number.Trim()} est créée.";
        return Redirect($"/methodologie/fiches/{id}");
    }

    private async Task LoadAsync()
    {
        ViewData.SetTrail("Nouvelle fiche action", new Breadcrumb("Plan d'actions", "/methodologie"));
        var answer = await bus.AskAsync(new ListDispositifs(), HttpContext.RequestAborted);
        Dispositifs = answer.IsAvailable ? answer.Value : null;
    }

    public sealed class Command : ICommand<Guid>
    {
        [Required(ErrorMessage = "Donnez le numéro de la fiche.")]
        [StringLength(20, ErrorMessage = "Le numéro ne doit pas dépasser 20 caractères.")]
        [Display(Name = "Numéro")]
        public string Number { get; set; } = "";

        [Required(ErrorMessage = "Donnez un intitulé à la fiche.")]
        [StringLength(300, ErrorMessage = "L'intitulé ne doit pas dépasser 300 caractères.")]
        [Display(Name = "Intitulé")]
        public string Title { get; set; } = "";

        [StringLength(4000, ErrorMessage = "L'objectif ne doit pas dépasser 4 000 caractères.")]
        [Display(Name = "Finalité / objectif général")]
        public string? Objective { get; set; }

        [Display(Name = "Statut")]
        public FicheStatus Status { get; set; } = FicheStatus.ALancer;

        [Display(Name = "Échéance")]
        public DateOnly? Deadline { get; set; }

        [Display(Name = "Dispositif de rattachement")]
        public string? DispositifReference { get; set; }

        public string? DispositifName { get; set; }
    }

    internal sealed class Validator(MethodologyDbContext db) : IValidator<Command>
    {
        public IEnumerable<ValidationError> Validate(Command request)
        {
            var number = request.Number?.Trim() ?? "";
            if (number.Length > 0 && db.Fiches.Any(f => f.Number == number))
            {
                yield return new ValidationError(nameof(Command.Number), $"La fiche n° {number} existe déjà.");
            }
        }
    }

    internal sealed class Handler(MethodologyDbContext db, IModuleBus bus) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var fiche = new FicheAction
            {
                Id = Guid.NewGuid(),
                Number = request.Number.Trim(),
                Title = request.Title.Trim(),
                Objective = string.IsNullOrWhiteSpace(request.Objective) ? null : request.Objective.Trim(),
                Status = request.Status,
                Deadline = request.Deadline,
                DispositifReference = string.IsNullOrEmpty(request.DispositifReference) ? null : request.DispositifReference,
                DispositifName = request.DispositifName,
            };
            db.Fiches.Add(fiche);
            await db.SaveChangesAsync(cancellationToken);
            await bus.PublishAsync(new FicheActionCreated(fiche.Id, fiche.Number, fiche.Title, fiche.DispositifReference), cancellationToken);
            return fiche.Id;
        }
    }
}
