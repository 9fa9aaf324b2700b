using System.ComponentModel.DataAnnotations;
using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Ctg.Sdk.Messages.Dispositifs;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Plans;

/// <summary>What a plan is, as the creation and the edit forms both ask it.</summary>
public abstract class PlanInput
{
    public const int LevelLabelLength = 60;

    [Required(ErrorMessage = "Donnez un titre au plan.")]
    [StringLength(300, ErrorMessage = "Le titre ne doit pas dépasser 300 caractères.")]
    [Display(Name = "Titre")]
    public string Title { get; set; } = "";

    [StringLength(MethodologyDbContext.LongText, ErrorMessage = "La description ne doit pas dépasser 20 000 caractères.")]
    [Display(Name = "Description")]
    public string? Description { get; set; }

    /// <summary>Opaque reference of a dispositif of the Dispositifs module; empty for none.</summary>
    [StringLength(100)]
    [Display(Name = "Dispositif")]
    public string? DispositifReference { get; set; }

    [Display(Name = "Début")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "Fin")]
    public DateOnly? EndsOn { get; set; }

    /// <summary>Level labels from the top down ("Axe", "Enjeu"...); empty entries are ignored.</summary>
    public List<string?> Levels { get; set; } = [];

    public IReadOnlyList<string> CleanLevels => Levels.Select(l => l?.Trim() ?? "").Where(l => l.Length > 0).ToList();

    /// <summary>The plan being edited, or null for a new one.</summary>
    public virtual Guid? EditedId => null;

    public void ApplyTo(Plan plan)
    {
        plan.Title = Title.Trim();
        plan.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        plan.StartsOn = StartsOn;
        plan.EndsOn = EndsOn;
        plan.LevelLabels = string.Join("|", CleanLevels);
    }

    /// <summary>
    /// Sets the plan's dispositif: kept as it is when unchanged (even with Dispositifs disabled), otherwise
    /// looked up through the Sdk so that its name is stored beside the opaque reference.
    /// </summary>
    internal async Task ApplyDispositifAsync(Plan plan, IModuleBus bus, CancellationToken cancellationToken)
    {
        var reference = string.IsNullOrWhiteSpace(DispositifReference) ? null : DispositifReference.Trim();
        if (reference is null)
        {
            plan.DispositifReference = null;
            plan.DispositifName = null;
            return;
        }
        if (reference == plan.DispositifReference)
        {
            return;
        }
        var answer = await bus.AskAsync(new ListDispositifs(), cancellationToken);
        if (!answer.IsAvailable)
        {
            throw new InvalidInputException(nameof(DispositifReference), "Le module Dispositifs n'est pas activé : le dispositif du plan ne peut pas être changé pour l'instant.");
        }
        var dispositif = answer.Value?.FirstOrDefault(d => d.Reference == reference)
            ?? throw new InvalidInputException(nameof(DispositifReference), "Ce dispositif n'existe plus : choisissez-en un autre dans la liste.");
        plan.DispositifReference = dispositif.Reference;
        plan.DispositifName = dispositif.Name;
    }

    internal sealed class Validator(MethodologyDbContext db) : IValidator<PlanInput>
    {
        public IEnumerable<ValidationError> Validate(PlanInput request)
        {
            if (request.StartsOn is { } start && request.EndsOn is { } end && end < start)
            {
                yield return new ValidationError(nameof(EndsOn), "La fin du plan doit être postérieure ou égale à son début.");
            }
            var levels = request.CleanLevels;
            if (levels.Count == 0)
            {
                yield return new ValidationError(nameof(Levels), "Nommez au moins le premier niveau du plan (par exemple « Axe »).");
            }
            if (levels.Count > Plan.MaxDepth)
            {
                yield return new ValidationError(nameof(Levels), $"Un plan compte au plus {Plan.MaxDepth} niveaux.");
            }
            foreach (var level in levels.Where(l => l.Length > LevelLabelLength))
            {
                yield return new ValidationError(nameof(Levels), $"Le nom de niveau « {level[..20]}… » dépasse {LevelLabelLength} caractères.");
            }
            if (levels.Any(l => l.Contains('|')))
            {
                yield return new ValidationError(nameof(Levels), "Un nom de niveau ne peut pas contenir le caractère « | ».");
            }
            if (request.EditedId is { } id && levels.Count > 0)
            {
                var used = db.PlanNodes.Where(n => n.PlanId == id).Select(n => (int?)n.Depth).Max() is { } deepest ? deepest + 1 : 0;
                if (used > levels.Count)
                {
                    yield return new ValidationError(nameof(Levels), $"L'arborescence du plan descend sur {used} niveaux : gardez au moins {used} noms de niveaux, ou supprimez d'abord les éléments les plus profonds.");
                }
            }
        }
    }
}

/// <summary>Creates a plan d'actions; its tree is built on the plan page.</summary>
public sealed class CreatePlan : PlanInput, ICommand<Guid>
{
    internal sealed class Handler(MethodologyDbContext db, IModuleBus bus, IClock clock) : IRequestHandler<CreatePlan, Guid>
    {
        public async Task<Guid> Handle(CreatePlan request, CancellationToken cancellationToken)
        {
            var plan = new Plan { Id = Guid.NewGuid(), CreatedAt = clock.Now };
            request.ApplyTo(plan);
            await request.ApplyDispositifAsync(plan, bus, cancellationToken);
            db.Plans.Add(plan);
            await db.SaveChangesAsync(cancellationToken);
            return plan.Id;
        }
    }
}

/// <summary>Edits a plan; a save over a version changed meanwhile is refused.</summary>
public sealed class UpdatePlan : PlanInput, ICommand
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public override Guid? EditedId => Id;

    internal sealed class Handler(MethodologyDbContext db, IModuleBus bus) : IRequestHandler<UpdatePlan, Unit>
    {
        public async Task<Unit> Handle(UpdatePlan request, CancellationToken cancellationToken)
        {
            var plan = await db.Plans.FirstOrDefaultAsync(p => p.Id == request.Id, cancellationToken)
                ?? throw new InvalidInputException("", "Ce plan n'existe plus.");
            db.Entry(plan).Property(p => p.Version).OriginalValue = request.Version;
            request.ApplyTo(plan);
            await request.ApplyDispositifAsync(plan, bus, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

/// <summary>
/// Deletes a plan and its tree; the fiches stay, only their placements in this plan go. With
/// <see cref="Version"/>, a plan changed since the confirmation page was shown is not deleted unseen.
/// </summary>
public sealed record DeletePlan(Guid Id, int? Version = null) : ICommand
{
    internal sealed class Handler(MethodologyDbContext db) : IRequestHandler<DeletePlan, Unit>
    {
        public async Task<Unit> Handle(DeletePlan request, CancellationToken cancellationToken)
        {
            var version = await db.Plans.Where(p => p.Id == request.Id).Select(p => (int?)p.Version).FirstOrDefaultAsync(cancellationToken)
                ?? throw new InvalidInputException("", "Ce plan n'existe plus.");
            if (request.Version is { } shown && shown != version)
            {
                throw new InvalidInputException("", "Ce plan a été modifié depuis l'affichage de cette page : relisez-le avant de le supprimer.");
            }
            await db.PlanFiches.Where(f => f.PlanId == request.Id).ExecuteDeleteAsync(cancellationToken);
            // Nodes refer to their parent with a restricting key: detach them before deleting them all.
            await db.PlanNodes.Where(n => n.PlanId == request.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.ParentId, (Guid?)null), cancellationToken);
            await db.PlanNodes.Where(n => n.PlanId == request.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Plans.Where(p => p.Id == request.Id).ExecuteDeleteAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
