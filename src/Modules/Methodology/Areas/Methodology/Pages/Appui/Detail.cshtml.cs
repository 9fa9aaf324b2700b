using System.ComponentModel.DataAnnotations;
using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.Appui;

/// <summary>
/// A demande d'appui and its answer; Coordination records the answer, the time spent and the fiches
/// concerned. A save over a version changed meanwhile is refused.
/// </summary>
public sealed class DetailModel(IMediator mediator, ICurrentUser user, IClock clock) : PageModel
{
    public View Demande { get; private set; } = null!;

    public IReadOnlyList<FicheChoice> Fiches { get; private set; } = [];

    public bool CanAnswer => user.CanEditEverything;

    [BindProperty]
    public Answer Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var d = Demande;
        Input = new Answer
        {
            Id = id,
            Version = d.Version,
            Status = d.Status,
            Text = d.Answer,
            AnsweredOn = d.AnsweredOn ?? (d.Status.IsOpen() ? null : clock.Today),
            HoursSpent = d.HoursSpent,
            FicheIds = d.Fiches.Select(f => f.Id).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!CanAnswer)
        {
            return Forbid();
        }
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Input.Id = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = "La réponse à la demande d'appui est enregistrée.";
        return Redirect($"/methodologie/appui/{id}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var view = await mediator.Send(new Query(id, CanAnswer), HttpContext.RequestAborted);
        if (view is null)
        {
            return false;
        }
        (Demande, Fiches) = view.Value;
        ViewData.SetTrail(Demande.Subject, new Breadcrumb("Plan d'actions", "/methodologie"), new Breadcrumb("Demandes d'appui", "/methodologie/appui"));
        return true;
    }

    public sealed record FicheChoice(Guid Id, string Number, string Title);

    public sealed record View(
        Guid Id, string Subject, string? Details, string RequesterName, RequesterKind RequesterKind, string? RequesterOrganisation,
        DateOnly ReceivedOn, DateOnly? DueOn, DemandeStatus Status, string? Answer, DateOnly? AnsweredOn, decimal? HoursSpent,
        IReadOnlyList<FicheChoice> Fiches, int Version, bool Late);

    /// <param name="WithChoices">Also list every fiche, to choose those concerned (for Coordination).</param>
    public sealed record Query(Guid Id, bool WithChoices) : IRequest<(View, IReadOnlyList<FicheChoice>)?>;

    internal sealed class Handler(MethodologyDbContext db, IClock clock) : IRequestHandler<Query, (View, IReadOnlyList<FicheChoice>)?>
    {
        public async Task<(View, IReadOnlyList<FicheChoice>)?> Handle(Query request, CancellationToken cancellationToken)
        {
            var d = await db.Demandes.AsNoTracking().FirstOrDefaultAsync(x => x.Id == request.Id, cancellationToken);
            if (d is null)
            {
                return null;
            }
            var concerned = (await db.DemandeFiches.AsNoTracking()
                    .Where(l => l.DemandeId == request.Id)
                    .Select(l => new FicheChoice(l.Fiche.Id, l.Fiche.Number, l.Fiche.Title))
                    .ToListAsync(cancellationToken))
                .OrderBy(f => f.Number, FicheNumberComparer.Instance)
                .ToList();
            IReadOnlyList<FicheChoice> choices = [];
            if (request.WithChoices)
            {
                choices = (await db.Fiches.AsNoTracking().Select(f => new FicheChoice(f.Id, f.Number, f.Title)).ToListAsync(cancellationToken))
                    .OrderBy(f => f.Number, FicheNumberComparer.Instance)
                    .ToList();
            }
            var view = new View(d.Id, d.Subject, d.Details, d.RequesterName, d.RequesterKind, d.RequesterOrganisation, d.ReceivedOn, d.DueOn,
                d.Status, d.Answer, d.AnsweredOn, d.HoursSpent, concerned, d.Version, d.IsLate(clock.Today));
            return (view, choices);
        }
    }

    public sealed class Answer : ICommand
    {
        public Guid Id { get; set; }
        public int Version { get; set; }

        [Display(Name = "Statut")]
        public DemandeStatus Status { get; set; }

        [StringLength(MethodologyDbContext.LongText, ErrorMessage = "La réponse ne doit pas dépasser 20 000 caractères.")]
        [Display(Name = "Réponse apportée")]
        public string? Text { get; set; }

        [Display(Name = "Répondue le")]
        public DateOnly? AnsweredOn { get; set; }

        [Range(typeof(decimal), "0", "1000", ErrorMessage = "Le temps passé va de 0 à 1 000 heures.")]
        [Display(Name = "Temps passé (heures)")]
        public decimal? HoursSpent { get; set; }

        [Display(Name = "Fiches actions concernées")]
        public List<Guid> FicheIds { get; set; } = [];
    }

    internal sealed class AnswerValidator(MethodologyDbContext db, IClock clock) : IValidator<Answer>
    {
        public IEnumerable<ValidationError> Validate(Answer request)
        {
            if (!request.Status.IsOpen() && request.AnsweredOn is null)
            {
                yield return new ValidationError(nameof(Answer.AnsweredOn), "Indiquez la date de la réponse d'une demande traitée ou classée sans suite.");
            }
            if (request.AnsweredOn is { } answered)
            {
                var received = db.Demandes.Where(d => d.Id == request.Id).Select(d => (DateOnly?)d.ReceivedOn).FirstOrDefault();
                if (answered < received)
                {
                    yield return new ValidationError(nameof(Answer.AnsweredOn), $"La réponse ne peut précéder la demande, reçue le {received:dd/MM/yyyy}.");
                }
                if (answered > clock.Today)
                {
                    yield return new ValidationError(nameof(Answer.AnsweredOn), "La date de réponse ne peut être dans le futur.");
                }
            }
            if (request.HoursSpent is { } hours && decimal.Round(hours, 2) != hours)
            {
                yield return new ValidationError(nameof(Answer.HoursSpent), "Le temps passé s'indique au centième d'heure au plus (ex. 1,5).");
            }
            var ids = request.FicheIds.Distinct().ToList();
            if (ids.Count > 0 && db.Fiches.Count(f => ids.Contains(f.Id)) != ids.Count)
            {
                yield return new ValidationError(nameof(Answer.FicheIds), "Une des fiches choisies n'existe plus.");
            }
        }
    }

    internal sealed class AnswerHandler(MethodologyDbContext db) : IRequestHandler<Answer, Unit>
    {
        public async Task<Unit> Handle(Answer request, CancellationToken cancellationToken)
        {
            var demande = await db.Demandes.Include(d => d.Fiches).FirstOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
                ?? throw new InvalidInputException("", "Cette demande n'existe plus.");
            var entry = db.Entry(demande);
            entry.Property(d => d.Version).OriginalValue = request.Version;
            // Checked even when only the fiches concerned change: they are part of the answer.
            entry.Property(d => d.Version).IsModified = true;
            demande.Status = request.Status;
            demande.Answer = string.IsNullOrWhiteSpace(request.Text) ? null : request.Text.Trim();
            demande.AnsweredOn = request.AnsweredOn;
            demande.HoursSpent = request.HoursSpent;
            var wanted = request.FicheIds.ToHashSet();
            demande.Fiches.RemoveAll(l => !wanted.Contains(l.FicheId));
            foreach (var ficheId in wanted.Where(id => demande.Fiches.All(l => l.FicheId != id)))
            {
                demande.Fiches.Add(new DemandeFiche { DemandeId = demande.Id, FicheId = ficheId });
            }
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
