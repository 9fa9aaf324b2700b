using Ctg.Modules.Methodology.Access;
using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Ctg.Sdk.Messages.Methodology;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Fiches;

/// <summary>A fiche's number is unique: it is how the plan, the COPIL and the documents name it.</summary>
internal sealed class CreateFicheValidator(MethodologyDbContext db) : IValidator<CreateFiche>
{
    public IEnumerable<ValidationError> Validate(CreateFiche request) => FicheNumbers.Check(db, request.Number, null);
}

internal sealed class UpdateFicheValidator(MethodologyDbContext db) : IValidator<UpdateFiche>
{
    public IEnumerable<ValidationError> Validate(UpdateFiche request) => FicheNumbers.Check(db, request.Number, request.Id);
}

internal static class FicheNumbers
{
    public static IEnumerable<ValidationError> Check(MethodologyDbContext db, string? number, Guid? editedId)
    {
        var value = PlainText.Line(number);
        if (value is not null && db.Fiches.Any(f => f.Number == value && f.Id != editedId))
        {
            yield return new ValidationError(nameof(FicheInput.Number), $"La fiche n° {value} existe déjà.");
        }
    }
}

/// <summary>
/// Creates a fiche with all its fields, places it in a plan when asked, writes the first line of its history
/// and announces it to the other modules once saved.
/// </summary>
internal sealed class CreateFicheHandler(
    MethodologyDbContext db, IUserDirectory users, ITerritoryContext territory, IModuleBus bus, IClock clock, FicheAccess access)
    : IRequestHandler<CreateFiche, Guid>
{
    public async Task<Guid> Handle(CreateFiche request, CancellationToken cancellationToken)
    {
        var fiche = await new FicheInputReader(users, territory, bus).ReadAsync(request, null, cancellationToken);
        fiche.Id = Guid.NewGuid();
        fiche.CreatedAt = fiche.UpdatedAt = clock.Now;
        db.Fiches.Add(fiche);
        if (request.PlanId is { } planId)
        {
            await PlaceAsync(fiche.Id, planId, request.PlanNodeId, cancellationToken);
        }
        else if (request.PlanNodeId is not null)
        {
            throw new InvalidInputException(nameof(CreateFiche.PlanNodeId), "Choisissez le plan de cette rubrique.");
        }
        db.Changes.Add(new FicheChange
        {
            FicheId = fiche.Id,
            At = clock.Now,
            UserId = access.UserId,
            UserName = access.UserName,
            Field = "Création",
            NewValue = FicheHistory.Shorten(PlainText.Line(request.Origin) ?? "Saisie"),
        });
        await db.SaveChangesAsync(cancellationToken);
        await bus.PublishAsync(new FicheActionCreated(fiche.Id, fiche.Number, fiche.Title, fiche.DispositifReference), cancellationToken);
        return fiche.Id;
    }

    private async Task PlaceAsync(Guid ficheId, Guid planId, Guid? nodeId, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == planId, cancellationToken))
        {
            throw new InvalidInputException(nameof(CreateFiche.PlanId), "Ce plan d'actions n'existe pas.");
        }
        if (nodeId is not null && !await db.PlanNodes.AnyAsync(n => n.Id == nodeId && n.PlanId == planId, cancellationToken))
        {
            throw new InvalidInputException(nameof(CreateFiche.PlanNodeId), "Cette rubrique n'appartient pas au plan choisi.");
        }
        var last = await db.PlanFiches.Where(p => p.PlanId == planId && p.NodeId == nodeId).MaxAsync(p => (int?)p.Position, cancellationToken);
        db.PlanFiches.Add(new PlanFiche { PlanId = planId, FicheId = ficheId, NodeId = nodeId, Position = (last ?? 0) + 1 });
    }
}
