using System.Text;
using Ctg.Modules.Methodology.Access;
using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Ctg.Sdk.Messages.Methodology;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Import;

/// <summary>
/// Adds an outline to a plan read at <see cref="Version"/>: its nodes after the existing ones, its new fiches
/// (status « À lancer »), and every fiche it names placed under its node. All of it, or nothing.
/// </summary>
public sealed class ImportPlanOutline : ICommand<PlanOutlineImported>
{
    public Guid PlanId { get; set; }
    public int Version { get; set; }

    /// <summary>The outline's text in base 64, so that a hidden field carries its lines and indentation intact.</summary>
    public string? Content { get; set; }

    public static string Encode(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    public static string? Decode(string? content)
    {
        if (string.IsNullOrEmpty(content))
        {
            return null;
        }
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Convert.FromBase64String(content));
        }
        catch (Exception exception) when (exception is FormatException or DecoderFallbackException)
        {
            return null;
        }
    }
}

public sealed record PlanOutlineImported(int Nodes, int NewFiches, int PlacedFiches);

/// <summary>A fiche the outline names that already exists.</summary>
public sealed record ExistingFiche(Guid Id, string Number, string Title, bool InPlan);

/// <summary>The outline checked against the database: which fiches exist, and what prevents the import.</summary>
public sealed record OutlinePreview(PlanOutline Outline, IReadOnlyDictionary<string, ExistingFiche> Existing, IReadOnlyList<OutlineError> Errors)
{
    public bool CanImport => Errors.Count == 0 && (Outline.Roots.Count > 0 || Outline.RootFiches.Count > 0);

    public int NewFiches => Outline.AllFiches.Count(f => !Existing.ContainsKey(f.Number));

    public static async Task<OutlinePreview> CheckAsync(MethodologyDbContext db, Guid planId, string text, CancellationToken cancellationToken)
    {
        var outline = PlanOutlineParser.Parse(text);
        var numbers = outline.AllFiches.Select(f => f.Number).ToList();
        var found = numbers.Count == 0
            ? []
            : await db.Fiches.AsNoTracking().Where(f => numbers.Contains(f.Number)).Select(f => new { f.Id, f.Number, f.Title }).ToListAsync(cancellationToken);
        var ids = found.Select(f => f.Id).ToList();
        var placed = ids.Count == 0
            ? []
            : await db.PlanFiches.AsNoTracking().Where(p => p.PlanId == planId && ids.Contains(p.FicheId)).Select(p => p.FicheId).ToListAsync(cancellationToken);
        var existing = found.ToDictionary(f => f.Number, f => new ExistingFiche(f.Id, f.Number, f.Title, placed.Contains(f.Id)), StringComparer.OrdinalIgnoreCase);
        var errors = outline.Errors.ToList();
        var newNodes = outline.AllNodes.Count();
        if (newNodes > 0 && errors.Count == 0)
        {
            var existingNodes = await db.PlanNodes.CountAsync(n => n.PlanId == planId, cancellationToken);
            if (existingNodes + newNodes > PlanOutlineParser.MaxNodes)
            {
                errors.Add(new OutlineError(null,
                    $"Le plan contient déjà {existingNodes} élément(s) et l'import en ajoute {newNodes} : un plan en compte au plus {PlanOutlineParser.MaxNodes}."));
            }
        }
        foreach (var fiche in outline.AllFiches.Where(f => f.Title.Length == 0 && !existing.ContainsKey(f.Number)))
        {
            errors.Add(new OutlineError(fiche.Line, $"la fiche n° {fiche.Number} n'existe pas encore : donnez-lui un intitulé (« Fiche {fiche.Number} : intitulé »)."));
        }
        return new OutlinePreview(outline, existing, errors.OrderBy(e => e.Line ?? 0).ToList());
    }
}

internal sealed class ImportPlanOutlineHandler(MethodologyDbContext db, IModuleBus bus, IClock clock, FicheAccess access)
    : IRequestHandler<ImportPlanOutline, PlanOutlineImported>
{
    public async Task<PlanOutlineImported> Handle(ImportPlanOutline request, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.Id == request.PlanId, cancellationToken)
            ?? throw new InvalidInputException("", "Ce plan d'actions n'existe plus.");
        var text = ImportPlanOutline.Decode(request.Content)
            ?? throw new InvalidInputException("", "Le plan à importer est illisible : recommencez depuis le texte ou le fichier.");
        // Checked again: a fiche may have been created meanwhile under a number of the outline.
        var preview = await OutlinePreview.CheckAsync(db, plan.Id, text, cancellationToken);
        if (!preview.CanImport)
        {
            throw new InvalidInputException(preview.Errors.Select(e => new ValidationError("", e.Text)).DefaultIfEmpty(
                new ValidationError("", "Ce plan ne contient aucun élément à importer.")).ToList());
        }

        // The plan's version is checked and bumped even when only its tree changes: two imports at once are refused.
        db.Entry(plan).Property(p => p.Version).OriginalValue = request.Version;
        db.Entry(plan).State = EntityState.Modified;

        var hadNodes = await db.PlanNodes.AnyAsync(n => n.PlanId == plan.Id, cancellationToken);
        if (!hadNodes && preview.Outline.LevelNames.Any(n => n is not null))
        {
            var count = Math.Max(preview.Outline.LevelNames.Count, plan.Levels.Count);
            plan.LevelLabels = string.Join("|", Enumerable.Range(0, count).Select(depth =>
                (depth < preview.Outline.LevelNames.Count ? preview.Outline.LevelNames[depth] : null) ?? plan.LevelLabel(depth)));
        }

        var now = clock.Now;
        var ficheIds = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var existing in preview.Existing.Values)
        {
            ficheIds[existing.Number] = existing.Id;
        }
        var created = new List<FicheAction>();
        foreach (var fiche in preview.Outline.AllFiches.Where(f => !preview.Existing.ContainsKey(f.Number)))
        {
            var entity = new FicheAction
            {
                Id = Guid.NewGuid(),
                Number = fiche.Number,
                Title = UserText.Line(fiche.Title)!,
                Status = FicheStatus.ALancer,
                DispositifReference = plan.DispositifReference,
                DispositifName = plan.DispositifName,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Fiches.Add(entity);
            db.Changes.Add(new FicheChange
            {
                FicheId = entity.Id,
                At = now,
                UserId = access.UserId,
                UserName = access.UserId is null ? "Plateforme" : access.UserName,
                Field = "Création",
                NewValue = "Import du plan",
            });
            ficheIds[fiche.Number] = entity.Id;
            created.Add(entity);
        }

        var placements = await db.PlanFiches.Where(p => p.PlanId == plan.Id).ToListAsync(cancellationToken);
        var byFiche = placements.ToDictionary(p => p.FicheId);
        var rootFichePosition = placements.Where(p => p.NodeId == null).Select(p => p.Position).DefaultIfEmpty(0).Max();
        var rootNodePosition = await db.PlanNodes.Where(n => n.PlanId == plan.Id && n.ParentId == null)
            .MaxAsync(n => (int?)n.Position, cancellationToken) ?? 0;

        var placed = 0;
        void Place(IEnumerable<OutlineFiche> fiches, Guid? nodeId, ref int position)
        {
            foreach (var fiche in fiches)
            {
                var id = ficheIds[fiche.Number];
                position++;
                if (byFiche.TryGetValue(id, out var placement))
                {
                    // Already in this plan: it moves to the place the outline gives it.
                    placement.NodeId = nodeId;
                    placement.Position = position;
                }
                else
                {
                    db.PlanFiches.Add(new PlanFiche { PlanId = plan.Id, FicheId = id, NodeId = nodeId, Position = position });
                }
                placed++;
            }
        }

        Place(preview.Outline.RootFiches, null, ref rootFichePosition);
        var nodes = 0;
        void AddNode(OutlineNode node, Guid? parentId, int position)
        {
            var entity = new PlanNode
            {
                Id = Guid.NewGuid(),
                PlanId = plan.Id,
                ParentId = parentId,
                Depth = node.Depth,
                Position = position,
                Code = node.Code,
                Title = UserText.Line(node.Title)!,
            };
            db.PlanNodes.Add(entity);
            nodes++;
            var fichePosition = 0;
            Place(node.Fiches, entity.Id, ref fichePosition);
            for (var i = 0; i < node.Children.Count; i++)
            {
                AddNode(node.Children[i], entity.Id, i + 1);
            }
        }
        foreach (var root in preview.Outline.Roots)
        {
            AddNode(root, null, ++rootNodePosition);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var fiche in created)
        {
            await bus.PublishAsync(new FicheActionCreated(fiche.Id, fiche.Number, fiche.Title, fiche.DispositifReference), cancellationToken);
        }
        return new PlanOutlineImported(nodes, created.Count, placed);
    }
}
