using System.ComponentModel.DataAnnotations;
using Ctg.Modules.Methodology.Access;
using Ctg.Modules.Methodology.Briefs;
using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.Notes;

/// <summary>
/// Prepares a note d'aide à la décision: the coordinator chooses a perimeter (plan, axe, thématique) and a
/// date; the fiches' state is kept so that the next note on the same perimeter says what changed.
/// </summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class NouvelleModel(IMediator mediator, IClock clock) : PageModel
{
    public const string DefaultTitlePrefix = "Note d'aide à la décision";

    [BindProperty]
    public Command Input { get; set; } = new();

    public IReadOnlyList<PerimeterOption> Perimeters { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "perimetre")] string? perimetre)
    {
        Input.AsOf = clock.Today;
        Input.Perimetre = perimetre;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Loaded first: when the command is refused, the host shows this page again with its errors.
        await LoadAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var created = await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"La note « {created.Title} » est prête : téléchargez-la ci-dessous.";
        return Redirect($"/methodologie/notes#note-{created.Id}");
    }

    private async Task LoadAsync()
    {
        ViewData.SetTrail("Préparer une note", new Breadcrumb("Plan d'actions", "/methodologie"), new Breadcrumb("Notes d'aide à la décision", "/methodologie/notes"));
        Perimeters = await mediator.Send(new PerimetersQuery(), HttpContext.RequestAborted);
    }

    /// <summary>"Note d'aide à la décision — Plan CTG › Axe 2 : Parentalité — 12/03/2026", cut to the title's length.</summary>
    public static string DefaultTitle(string perimeterLabel, DateOnly asOf)
    {
        var title = $"{DefaultTitlePrefix} — {perimeterLabel} — {asOf:dd/MM/yyyy}";
        return title.Length <= 300 ? title : $"{DefaultTitlePrefix} — {perimeterLabel[..(300 - DefaultTitlePrefix.Length - 20)]}… — {asOf:dd/MM/yyyy}";
    }

    public sealed record PerimetersQuery : IRequest<IReadOnlyList<PerimeterOption>>;

    internal sealed class PerimetersHandler(MethodologyDbContext db) : IRequestHandler<PerimetersQuery, IReadOnlyList<PerimeterOption>>
    {
        public async Task<IReadOnlyList<PerimeterOption>> Handle(PerimetersQuery request, CancellationToken cancellationToken) =>
            await BriefPerimeters.OptionsAsync(db, cancellationToken);
    }

    public sealed record Created(Guid Id, string Title);

    public sealed class Command : ICommand<Created>
    {
        [Required(ErrorMessage = "Choisissez le périmètre de la note : un plan, un axe ou une thématique.")]
        [Display(Name = "Périmètre")]
        public string? Perimetre { get; set; }

        [Required(ErrorMessage = "Indiquez la date à laquelle la note fait le point.")]
        [Display(Name = "Situation au")]
        public DateOnly? AsOf { get; set; }

        [StringLength(300, ErrorMessage = "Le titre ne doit pas dépasser 300 caractères.")]
        [Display(Name = "Titre")]
        public string? Title { get; set; }
    }

    internal sealed class Validator : IValidator<Command>
    {
        public IEnumerable<ValidationError> Validate(Command request)
        {
            if (request.AsOf is { Year: < 2000 or > 2100 })
            {
                yield return new ValidationError(nameof(Command.AsOf), "La date doit être comprise entre 2000 et 2100.");
            }
        }
    }

    internal sealed class Handler(MethodologyDbContext db, IClock clock, FicheAccess access) : IRequestHandler<Command, Created>
    {
        public async Task<Created> Handle(Command request, CancellationToken cancellationToken)
        {
            var perimeter = await BriefPerimeters.ResolveAsync(db, request.Perimetre!.Trim(), cancellationToken)
                ?? throw new InvalidInputException(nameof(Command.Perimetre), "Ce périmètre n'existe pas ou plus : choisissez un plan, un axe ou une thématique de la liste.");
            var ids = await BriefPerimeters.FicheIdsAsync(db, perimeter, cancellationToken);
            if (ids.Count == 0)
            {
                throw new InvalidInputException(nameof(Command.Perimetre), $"Le périmètre « {perimeter.Label} » ne contient aucune fiche action : la note serait vide.");
            }
            var asOf = request.AsOf!.Value;
            var brief = new Brief
            {
                Id = Guid.NewGuid(),
                Title = string.IsNullOrWhiteSpace(request.Title) ? DefaultTitle(perimeter.Label, asOf) : request.Title.Trim(),
                Perimeter = perimeter.Kind,
                PlanId = perimeter.PlanId,
                NodeId = perimeter.NodeId,
                Theme = perimeter.Theme,
                PerimeterLabel = perimeter.Label.Length <= 600 ? perimeter.Label : perimeter.Label[..599] + "…",
                AsOf = asOf,
                CreatedAt = clock.Now,
                CreatedBy = access.UserName,
            };
            brief.States = await db.Fiches.AsNoTracking().Where(f => ids.Contains(f.Id))
                .Select(f => new BriefFicheState
                {
                    BriefId = brief.Id, FicheId = f.Id, Number = f.Number, Title = f.Title, Status = f.Status, Progress = f.Progress,
                    Meteo = f.Meteo, Deadline = f.Deadline,
                })
                .ToListAsync(cancellationToken);
            db.Briefs.Add(brief);
            await db.SaveChangesAsync(cancellationToken);
            return new Created(brief.Id, brief.Title);
        }
    }
}
