using Ctg.Modules.Methodology.Access;
using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Ctg.Sdk.Messages.Methodology;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Fiches;

/// <summary>
/// Saves every field of a fiche read at a version: refused if someone saved it meanwhile; one history line
/// per changed field; the status change and the jalons newly reached announced once saved.
/// </summary>
internal sealed class UpdateFicheHandler(
    MethodologyDbContext db, IUserDirectory users, ITerritoryContext territory, IModuleBus bus, IClock clock, FicheAccess access)
    : IRequestHandler<UpdateFiche, Unit>
{
    public async Task<Unit> Handle(UpdateFiche request, CancellationToken cancellationToken)
    {
        var fiche = await db.Fiches
            .Include(f => f.Missions).Include(f => f.Jalons).Include(f => f.Communes).Include(f => f.Partenaires)
            .Include(f => f.Financements).Include(f => f.Indicateurs)
            .AsSplitQuery()
            .FirstOrDefaultAsync(f => f.Id == request.Id, cancellationToken)
            ?? throw new InvalidInputException("", "Cette fiche action n'existe plus.");
        db.Entry(fiche).Property(f => f.Version).OriginalValue = request.Version;
        var proposed = await new FicheInputReader(users, territory, bus).ReadAsync(request, fiche, cancellationToken);

        string? beforeAccount = null, afterAccount = null;
        if (fiche.PiloteUserId != proposed.PiloteUserId)
        {
            beforeAccount = await AccountNameAsync(fiche.PiloteUserId, cancellationToken);
            afterAccount = await AccountNameAsync(proposed.PiloteUserId, cancellationToken);
        }
        var changes = FicheHistory.Compare(fiche, beforeAccount, proposed, afterAccount);
        var reached = proposed.Jalons
            .Where(j => j.DoneOn is not null && fiche.Jalons.FirstOrDefault(old => old.Id == j.Id)?.DoneOn is null)
            .Select(j => (j.Id, j.Title, j.DueOn, DoneOn: j.DoneOn!.Value))
            .ToList();
        var oldStatus = fiche.Status;

        Apply(fiche, proposed);
        var now = clock.Now;
        fiche.UpdatedAt = now;
        foreach (var change in changes)
        {
            db.Changes.Add(new FicheChange
            {
                FicheId = fiche.Id, At = now, UserId = access.UserId, UserName = access.UserName,
                Field = change.Field, OldValue = change.OldValue, NewValue = change.NewValue,
            });
        }
        await db.SaveChangesAsync(cancellationToken);

        if (oldStatus != fiche.Status)
        {
            await bus.PublishAsync(new FicheStatusChanged(fiche.Id, fiche.Number, fiche.Title, oldStatus.Label(), fiche.Status.Label(), clock.Today), cancellationToken);
        }
        foreach (var jalon in reached)
        {
            await bus.PublishAsync(new JalonReached(fiche.Id, fiche.Number, jalon.Id, jalon.Title, jalon.DueOn, jalon.DoneOn, jalon.DoneOn > jalon.DueOn), cancellationToken);
        }
        return Unit.Value;
    }

    private async Task<string?> AccountNameAsync(string? id, CancellationToken cancellationToken) =>
        id is null ? null : (await users.FindAsync(id, cancellationToken))?.DisplayName ?? id;

    private void Apply(FicheAction fiche, FicheAction proposed)
    {
        fiche.Number = proposed.Number;
        fiche.Title = proposed.Title;
        fiche.Theme = proposed.Theme;
        fiche.Diagnostic = proposed.Diagnostic;
        fiche.Objective = proposed.Objective;
        fiche.OperationalObjectives = proposed.OperationalObjectives;
        fiche.Implementation = proposed.Implementation;
        fiche.TargetAudience = proposed.TargetAudience;
        fiche.Pilote = proposed.Pilote;
        fiche.PiloteUserId = proposed.PiloteUserId;
        fiche.Services = proposed.Services;
        fiche.EluReferent = proposed.EluReferent;
        fiche.Means = proposed.Means;
        fiche.ExpectedResults = proposed.ExpectedResults;
        fiche.IndicatorsText = proposed.IndicatorsText;
        fiche.OtherInformation = proposed.OtherInformation;
        fiche.DecisionAwaited = proposed.DecisionAwaited;
        fiche.Status = proposed.Status;
        fiche.Progress = proposed.Progress;
        fiche.Meteo = proposed.Meteo;
        fiche.Priority = proposed.Priority;
        fiche.Deadline = proposed.Deadline;
        fiche.DispositifReference = proposed.DispositifReference;
        fiche.DispositifName = proposed.DispositifName;

        Replace(fiche.Missions, proposed.Missions);
        Replace(fiche.Partenaires, proposed.Partenaires);
        Replace(fiche.Financements, proposed.Financements);

        // Jalons, communes and indicators keep their identity when they stay: same row, updated.
        foreach (var jalon in fiche.Jalons.ToList())
        {
            if (proposed.Jalons.FirstOrDefault(j => j.Id == jalon.Id) is { } kept)
            {
                jalon.DoneOn = kept.DoneOn;
            }
            else
            {
                fiche.Jalons.Remove(jalon);
                db.Jalons.Remove(jalon);
            }
        }
        AddNew(fiche.Jalons, proposed.Jalons.Where(j => fiche.Jalons.All(old => old.Id != j.Id)).ToList());

        foreach (var commune in fiche.Communes.ToList())
        {
            if (proposed.Communes.All(c => c.InseeCode != commune.InseeCode))
            {
                fiche.Communes.Remove(commune);
                db.FicheCommunes.Remove(commune);
            }
        }
        AddNew(fiche.Communes, proposed.Communes.Where(c => fiche.Communes.All(old => old.InseeCode != c.InseeCode)).ToList());

        foreach (var indicator in fiche.Indicateurs.ToList())
        {
            if (proposed.Indicateurs.FirstOrDefault(i => i.Reference == indicator.Reference) is { } kept)
            {
                indicator.Name = kept.Name;
            }
            else
            {
                fiche.Indicateurs.Remove(indicator);
                db.FicheIndicateurs.Remove(indicator);
            }
        }
        AddNew(fiche.Indicateurs, proposed.Indicateurs.Where(i => fiche.Indicateurs.All(old => old.Reference != i.Reference)).ToList());
    }

    private void Replace<T>(List<T> current, List<T> proposed) where T : class
    {
        db.RemoveRange(current);
        current.Clear();
        AddNew(current, proposed);
    }

    /// <summary>New rows come with their id already set: said added, or EF Core would take them for existing rows to update.</summary>
    private void AddNew<T>(List<T> current, List<T> added) where T : class
    {
        current.AddRange(added);
        db.AddRange(added);
    }
}
