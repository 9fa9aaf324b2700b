using System.ComponentModel.DataAnnotations;
using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

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
        TempData["Message"] = $"L'instance « {Input.Name.Trim()} » est créée.";
        return Redirect($"/gouvernance/instances/{id}");
    }

    private void Trail() => ViewData.SetTrail("Nouvelle instance", new Breadcrumb("Gouvernance", "/gouvernance"));

    public sealed class Command : ICommand<Guid>
    {
        [Required(ErrorMessage = "Donnez un nom à l'instance.")]
        [StringLength(200, ErrorMessage = "Le nom ne doit pas dépasser 200 caractères.")]
        [Display(Name = "Nom")]
        public string Name { get; set; } = "";

        [Display(Name = "Type d'instance")]
        public InstanceKind Kind { get; set; } = InstanceKind.Copil;

        [StringLength(2000, ErrorMessage = "L'objet ne doit pas dépasser 2 000 caractères.")]
        [Display(Name = "Objet")]
        public string? Purpose { get; set; }

        [Range(0, 52, ErrorMessage = "Le rythme attendu va de 0 à 52 séances par an.")]
        [Display(Name = "Séances attendues par an")]
        public int ExpectedSeancesPerYear { get; set; } = 1;
    }

    internal sealed class Validator(GovernanceDbContext db) : IValidator<Command>
    {
        public IEnumerable<ValidationError> Validate(Command request)
        {
            var name = request.Name?.Trim() ?? "";
            if (name.Length > 0 && db.Instances.Any(i => i.Name == name))
            {
                yield return new ValidationError(nameof(Command.Name), $"Une instance s'appelle déjà « {name} ».");
            }
        }
    }

    internal sealed class Handler(GovernanceDbContext db) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var instance = new Instance
            {
                Id = Guid.NewGuid(),
                Name = request.Name.Trim(),
                Kind = request.Kind,
                Purpose = string.IsNullOrWhiteSpace(request.Purpose) ? null : request.Purpose.Trim(),
                ExpectedSeancesPerYear = request.ExpectedSeancesPerYear,
            };
            db.Instances.Add(instance);
            await db.SaveChangesAsync(cancellationToken);
            return instance.Id;
        }
    }
}
