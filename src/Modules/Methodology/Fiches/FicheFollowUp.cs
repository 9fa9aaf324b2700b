using System.ComponentModel.DataAnnotations;
using Ctg.Modules.Methodology.Access;
using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Ctg.Sdk.Messages.Methodology;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Fiches;

/// <summary>The quick follow-up of a fiche read at a version: status, % d'avancement, météo.</summary>
public sealed class UpdateFicheProgress : ICommand
{
    public Guid Id { get; set; }
    public int Version { get; set; }

    [Display(Name = "Statut")]
    public FicheStatus Status { get; set; }

    [Range(0, 100, ErrorMessage = "L'avancement est un pourcentage entre 0 et 100.")]
    [Display(Name = "Avancement (%)")]
    public int Progress { get; set; }

    [Display(Name = "Météo")]
    public Meteo? Meteo { get; set; }
}

/// <summary>A dated note de suivi, written by the signed-in user.</summary>
public sealed class AddFicheNote : ICommand
{
    public Guid Id { get; set; }

    /// <summary>Today when not given.</summary>
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Écrivez la note de suivi.")]
    [StringLength(MethodologyDbContext.LongText, ErrorMessage = "Une note ne doit pas dépasser 20 000 caractères.")]
    [Display(Name = "Note de suivi")]
    public string Text { get; set; } = "";
}

/// <summary>Marks a jalon reached on a date (today by default); announces it, late or not.</summary>
public sealed class MarkJalonDone : ICommand
{
    public Guid Id { get; set; }
    public Guid JalonId { get; set; }

    [Display(Name = "Atteint le")]
    public DateOnly? DoneOn { get; set; }
}

/// <summary>Deletes a fiche, its history, notes, placements in plans and links to orientations and demandes.</summary>
public sealed class DeleteFiche : ICommand
{
    public Guid Id { get; set; }

    /// <summary>The version the confirmation page showed: a fiche changed since is not deleted unseen.</summary>
    public int? Version { get; set; }
}

internal sealed class UpdateFicheProgressHandler(MethodologyDbContext db, IModuleBus bus, IClock clock, FicheAccess access)
    : IRequestHandler<UpdateFicheProgress, Unit>
{
    public async Task<Unit> Handle(UpdateFicheProgress request, CancellationToken cancellationToken)
    {
        var fiche = await db.Fiches.FirstOrDefaultAsync(f => f.Id == request.Id, cancellationToken)
            ?? throw new InvalidInputException("", "Cette fiche action n'existe plus.");
        db.Entry(fiche).Property(f => f.Version).OriginalValue = request.Version;
        var now = clock.Now;
        var oldStatus = fiche.Status;
        Record("Statut", fiche.Status.Label(), request.Status.Label());
        Record("Avancement", FicheHistory.Percent(fiche.Progress), FicheHistory.Percent(request.Progress));
        Record("Météo", fiche.Meteo?.Label(), request.Meteo?.Label());
        fiche.Status = request.Status;
        fiche.Progress = request.Progress;
        fiche.Meteo = request.Meteo;
        fiche.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        if (oldStatus != fiche.Status)
        {
            await bus.PublishAsync(new FicheStatusChanged(fiche.Id, fiche.Number, fiche.Title, oldStatus.Label(), fiche.Status.Label(), clock.Today), cancellationToken);
        }
        return Unit.Value;

        void Record(string field, string? oldValue, string? newValue)
        {
            if (oldValue != newValue)
            {
                db.Changes.Add(new FicheChange
                {
                    FicheId = fiche.Id, At = now, UserId = access.UserId, UserName = access.UserName,
                    Field = field, OldValue = oldValue, NewValue = newValue,
                });
            }
        }
    }
}

internal sealed class AddFicheNoteHandler(MethodologyDbContext db, IClock clock, FicheAccess access) : IRequestHandler<AddFicheNote, Unit>
{
    public async Task<Unit> Handle(AddFicheNote request, CancellationToken cancellationToken)
    {
        var text = PlainText.Clean(request.Text) ?? throw new InvalidInputException(nameof(AddFicheNote.Text), "Écrivez la note de suivi.");
        var now = clock.Now;
        // A note does not touch the fiche's fields: its version stays, so that an edit form open elsewhere can still be saved.
        var updated = await db.Fiches.Where(f => f.Id == request.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(f => f.UpdatedAt, now), cancellationToken);
        if (updated == 0)
        {
            throw new InvalidInputException("", "Cette fiche action n'existe plus.");
        }
        db.Notes.Add(new FicheNote
        {
            Id = Guid.NewGuid(),
            FicheId = request.Id,
            Date = request.Date ?? clock.Today,
            Text = text,
            AuthorId = access.UserId,
            AuthorName = access.UserName,
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class MarkJalonDoneHandler(MethodologyDbContext db, IModuleBus bus, IClock clock, FicheAccess access) : IRequestHandler<MarkJalonDone, Unit>
{
    public async Task<Unit> Handle(MarkJalonDone request, CancellationToken cancellationToken)
    {
        var fiche = await db.Fiches.Include(f => f.Jalons).FirstOrDefaultAsync(f => f.Id == request.Id, cancellationToken)
            ?? throw new InvalidInputException("", "Cette fiche action n'existe plus.");
        var jalon = fiche.Jalons.FirstOrDefault(j => j.Id == request.JalonId)
            ?? throw new InvalidInputException("", "Ce jalon n'existe plus sur la fiche.");
        if (jalon.DoneOn is { } already)
        {
            throw new InvalidInputException("", $"Ce jalon est déjà atteint depuis le {FicheHistory.Date(already)}.");
        }
        var doneOn = request.DoneOn ?? clock.Today;
        if (doneOn > clock.Today)
        {
            throw new InvalidInputException(nameof(MarkJalonDone.DoneOn), "Un jalon ne peut pas être atteint à une date future.");
        }
        var now = clock.Now;
        var before = FicheHistory.Jalon(jalon);
        jalon.DoneOn = doneOn;
        fiche.UpdatedAt = now;
        db.Changes.Add(new FicheChange
        {
            FicheId = fiche.Id, At = now, UserId = access.UserId, UserName = access.UserName,
            Field = "Jalons", OldValue = before, NewValue = FicheHistory.Jalon(jalon),
        });
        await db.SaveChangesAsync(cancellationToken);
        await bus.PublishAsync(new JalonReached(fiche.Id, fiche.Number, jalon.Id, jalon.Title, jalon.DueOn, doneOn, doneOn > jalon.DueOn), cancellationToken);
        return Unit.Value;
    }
}

internal sealed class DeleteFicheHandler(MethodologyDbContext db, FicheAccess access) : IRequestHandler<DeleteFiche, Unit>
{
    public async Task<Unit> Handle(DeleteFiche request, CancellationToken cancellationToken)
    {
        if (!access.EditsEverything)
        {
            throw new InvalidInputException("", "Seule la coordination peut supprimer une fiche action.");
        }
        var fiche = await db.Fiches.FirstOrDefaultAsync(f => f.Id == request.Id, cancellationToken)
            ?? throw new InvalidInputException("", "Cette fiche action n'existe plus.");
        if (request.Version is { } version)
        {
            db.Entry(fiche).Property(f => f.Version).OriginalValue = version;
        }
        // Children, history, placements and links go with it (cascades of the schema).
        db.Fiches.Remove(fiche);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
