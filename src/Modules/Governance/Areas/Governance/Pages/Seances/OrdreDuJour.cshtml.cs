using Ctg.Modules.Governance.Directory;
using System.ComponentModel.DataAnnotations;
using Ctg.Modules.Governance.Access;
using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Ctg.Modules.Governance.Seances;
using Ctg.Sdk;
using Ctg.Sdk.Messages.Methodology;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages.Seances;

/// <summary>
/// The ordre du jour: items in order, each with a presenter from the directory, a duration and, when the
/// Methodology module runs, the fiche action it is about.
/// </summary>
public sealed class OrdreDuJourModel(IMediator mediator, GovernanceAccess access, IModuleBus bus) : PageModel
{
    [BindProperty]
    public SaveItem Input { get; set; } = new();

    public SeanceSheet Sheet { get; private set; } = null!;
    public IReadOnlyList<PersonChoice> Persons { get; private set; } = [];
    /// <summary>Null when the Methodology module is not running.</summary>
    public IReadOnlyList<FicheSummary>? Fiches { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? item)
    {
        if (await PrepareAsync(id) is { } refusal)
        {
            return refusal;
        }
        Input = new SaveItem { SeanceId = id, Version = Sheet.Version };
        if (item is not null && Sheet.Agenda.FirstOrDefault(a => a.Id == item) is { } line)
        {
            Input = new SaveItem
            {
                SeanceId = id, Version = Sheet.Version, ItemId = line.Id, Title = line.Title, PresenterId = line.PresenterId,
                DurationMinutes = line.DurationMinutes, FicheReference = line.FicheReference,
            };
        }
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
        TempData["Message"] = Input.ItemId is null ? "Le point est ajouté à l'ordre du jour." : "Le point de l'ordre du jour est modifié.";
        return Redirect($"/gouvernance/seances/{id}/ordre-du-jour");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid itemId) =>
        await SendAsync(id, new RemoveItem(id, itemId), "Le point est retiré de l'ordre du jour.");

    public async Task<IActionResult> OnPostMoveAsync(Guid id, Guid itemId, bool up) =>
        await SendAsync(id, new MoveItem(id, itemId, up), null);

    private async Task<IActionResult> SendAsync(Guid id, ICommand command, string? message)
    {
        if (await PrepareAsync(id) is { } refusal)
        {
            return refusal;
        }
        ModelState.Clear();
        await mediator.Send(command, HttpContext.RequestAborted);
        if (message is not null)
        {
            TempData["Message"] = message;
        }
        return Redirect($"/gouvernance/seances/{id}/ordre-du-jour");
    }

    private async Task<IActionResult?> PrepareAsync(Guid id)
    {
        var (sheet, refusal) = await this.OpenForEditAsync(mediator, access, id, "Ordre du jour");
        if (refusal is not null)
        {
            return refusal;
        }
        Sheet = sheet!;
        Persons = await mediator.Send(new ListPersonChoices(), HttpContext.RequestAborted);
        var fiches = await bus.AskAsync(new ListFicheSummaries(), HttpContext.RequestAborted);
        Fiches = fiches.IsAvailable ? fiches.Value ?? [] : null;
        return null;
    }

    public sealed class SaveItem : ICommand
    {
        public Guid SeanceId { get; set; }

        /// <summary>Null for a new item.</summary>
        public Guid? ItemId { get; set; }

        /// <summary>The séance's version when the item was opened: an edit over a newer ordre du jour is refused.</summary>
        public int Version { get; set; }

        [Required(ErrorMessage = "Donnez un intitulé au point.")]
        [StringLength(300, ErrorMessage = "L'intitulé ne doit pas dépasser 300 caractères.")]
        [Display(Name = "Intitulé")]
        public string Title { get; set; } = "";

        [Display(Name = "Présenté par")]
        public Guid? PresenterId { get; set; }

        [Range(1, 600, ErrorMessage = "La durée va de 1 à 600 minutes.")]
        [Display(Name = "Durée (minutes)")]
        public int? DurationMinutes { get; set; }

        [Display(Name = "Fiche action")]
        public string? FicheReference { get; set; }
    }

    public sealed record RemoveItem(Guid SeanceId, Guid ItemId) : ICommand;

    public sealed record MoveItem(Guid SeanceId, Guid ItemId, bool Up) : ICommand;

    internal sealed class SaveItemHandler(GovernanceDbContext db, IModuleBus bus) : IRequestHandler<SaveItem, Unit>
    {
        public async Task<Unit> Handle(SaveItem request, CancellationToken cancellationToken)
        {
            var seance = await db.Seances.FirstOrDefaultAsync(s => s.Id == request.SeanceId, cancellationToken)
                ?? throw new InvalidInputException("", "Cette séance n'existe plus.");
            if (request.ItemId is not null)
            {
                db.Entry(seance).Property(s => s.Version).OriginalValue = request.Version;
            }
            db.Entry(seance).Property(s => s.Version).IsModified = true;
            var items = await db.AgendaItems.Where(a => a.SeanceId == request.SeanceId).ToListAsync(cancellationToken);
            AgendaItem item;
            if (request.ItemId is { } itemId)
            {
                item = items.FirstOrDefault(a => a.Id == itemId)
                    ?? throw new InvalidInputException("", "Ce point a été retiré de l'ordre du jour entre-temps.");
            }
            else
            {
                item = new AgendaItem { Id = Guid.NewGuid(), SeanceId = request.SeanceId, Position = items.Count == 0 ? 1 : items.Max(a => a.Position) + 1 };
                db.AgendaItems.Add(item);
            }
            if (request.PresenterId is { } presenter && !await db.Persons.AnyAsync(p => p.Id == presenter && p.AnonymisedAt == null, cancellationToken))
            {
                throw new InvalidInputException(nameof(SaveItem.PresenterId), "Cette personne n'est plus dans l'annuaire.");
            }
            item.Title = request.Title.Trim();
            item.PresenterId = request.PresenterId;
            item.DurationMinutes = request.DurationMinutes;
            if (string.IsNullOrWhiteSpace(request.FicheReference))
            {
                item.FicheReference = null;
                item.FicheLabel = null;
            }
            else if (request.FicheReference != item.FicheReference)
            {
                var fiches = await bus.AskAsync(new ListFicheSummaries(), cancellationToken);
                if (!fiches.IsAvailable)
                {
                    throw new InvalidInputException(nameof(SaveItem.FicheReference), "Module désactivé : les fiches actions ne sont pas disponibles.");
                }
                var fiche = fiches.Value?.FirstOrDefault(f => f.Reference == request.FicheReference)
                    ?? throw new InvalidInputException(nameof(SaveItem.FicheReference), "Cette fiche action n'existe plus.");
                item.FicheReference = fiche.Reference;
                item.FicheLabel = Truncate($"{fiche.Number} – {fiche.Title}", 300);
            }
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
    }

    internal sealed class RemoveItemHandler(GovernanceDbContext db) : IRequestHandler<RemoveItem, Unit>
    {
        public async Task<Unit> Handle(RemoveItem request, CancellationToken cancellationToken)
        {
            var items = await db.AgendaItems.Where(a => a.SeanceId == request.SeanceId).OrderBy(a => a.Position).ToListAsync(cancellationToken);
            if (items.FirstOrDefault(a => a.Id == request.ItemId) is { } item)
            {
                items.Remove(item);
                db.AgendaItems.Remove(item);
                Renumber(items);
                await db.SaveChangesAsync(cancellationToken);
            }
            return Unit.Value;
        }
    }

    internal sealed class MoveItemHandler(GovernanceDbContext db) : IRequestHandler<MoveItem, Unit>
    {
        public async Task<Unit> Handle(MoveItem request, CancellationToken cancellationToken)
        {
            var items = await db.AgendaItems.Where(a => a.SeanceId == request.SeanceId).OrderBy(a => a.Position).ToListAsync(cancellationToken);
            var index = items.FindIndex(a => a.Id == request.ItemId);
            var target = request.Up ? index - 1 : index + 1;
            if (index >= 0 && target >= 0 && target < items.Count)
            {
                (items[index], items[target]) = (items[target], items[index]);
                Renumber(items);
                await db.SaveChangesAsync(cancellationToken);
            }
            return Unit.Value;
        }
    }

    private static void Renumber(List<AgendaItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            items[i].Position = i + 1;
        }
    }
}
