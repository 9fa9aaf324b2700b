using System.ComponentModel.DataAnnotations;
using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Modules.Methodology.Pages.Appui;

/// <summary>
/// Anyone signed in asks the coordination for methodological help; the form starts with their name and
/// organisation and today's date.
/// </summary>
public sealed class NouvelleModel(IMediator mediator, ICurrentUser user, IClock clock) : PageModel
{
    [BindProperty]
    public Command Input { get; set; } = new();

    public void OnGet()
    {
        Trail();
        Input = new Command
        {
            RequesterName = user.DisplayName ?? "",
            RequesterOrganisation = user.Organisation,
            RequesterKind = user.CanEditEverything || user.IsInRole(Roles.Contributeur) ? RequesterKind.Service : RequesterKind.Elu,
            ReceivedOn = clock.Today,
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Trail();
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var id = await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"Votre demande d'appui « {Input.Subject.Trim()} » est envoyée à la coordination. Vous retrouverez ici sa réponse.";
        return Redirect($"/methodologie/appui/{id}");
    }

    private void Trail() =>
        ViewData.SetTrail("Demander un appui", new Breadcrumb("Plan d'actions", "/methodologie"), new Breadcrumb("Demandes d'appui", "/methodologie/appui"));

    public sealed class Command : ICommand<Guid>
    {
        [Required(ErrorMessage = "Indiquez l'objet de la demande.")]
        [StringLength(300, ErrorMessage = "L'objet ne doit pas dépasser 300 caractères.")]
        [Display(Name = "Objet")]
        public string Subject { get; set; } = "";

        [StringLength(MethodologyDbContext.LongText, ErrorMessage = "Le détail ne doit pas dépasser 20 000 caractères.")]
        [Display(Name = "Détail de la demande")]
        public string? Details { get; set; }

        [Required(ErrorMessage = "Indiquez qui fait la demande.")]
        [StringLength(200, ErrorMessage = "Le nom du demandeur ne doit pas dépasser 200 caractères.")]
        [Display(Name = "Demandeur")]
        public string RequesterName { get; set; } = "";

        [Display(Name = "Le demandeur est")]
        public RequesterKind RequesterKind { get; set; } = RequesterKind.Service;

        [StringLength(200, ErrorMessage = "L'organisation ne doit pas dépasser 200 caractères.")]
        [Display(Name = "Organisation")]
        public string? RequesterOrganisation { get; set; }

        [Required(ErrorMessage = "Indiquez la date de la demande.")]
        [Display(Name = "Reçue le")]
        public DateOnly? ReceivedOn { get; set; }

        [Display(Name = "Réponse souhaitée pour le")]
        public DateOnly? DueOn { get; set; }
    }

    internal sealed class Validator : IValidator<Command>
    {
        public IEnumerable<ValidationError> Validate(Command request)
        {
            if (request.ReceivedOn is { Year: < 2000 or > 2100 })
            {
                yield return new ValidationError(nameof(Command.ReceivedOn), "La date de la demande doit être entre 2000 et 2100.");
            }
            if (request.DueOn < request.ReceivedOn)
            {
                yield return new ValidationError(nameof(Command.DueOn), "La réponse ne peut être souhaitée avant la date de la demande.");
            }
            if (request.DueOn is { Year: > 2100 })
            {
                yield return new ValidationError(nameof(Command.DueOn), "La date souhaitée doit être avant 2100.");
            }
        }
    }

    internal sealed class Handler(MethodologyDbContext db, IClock clock) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var demande = new DemandeAppui
            {
                Id = Guid.NewGuid(),
                Subject = request.Subject.Trim(),
                Details = string.IsNullOrWhiteSpace(request.Details) ? null : request.Details.Trim(),
                RequesterName = request.RequesterName.Trim(),
                RequesterKind = request.RequesterKind,
                RequesterOrganisation = string.IsNullOrWhiteSpace(request.RequesterOrganisation) ? null : request.RequesterOrganisation.Trim(),
                ReceivedOn = request.ReceivedOn!.Value,
                DueOn = request.DueOn,
                Status = DemandeStatus.Recue,
                CreatedAt = clock.Now,
            };
            db.Demandes.Add(demande);
            await db.SaveChangesAsync(cancellationToken);
            return demande.Id;
        }
    }
}
