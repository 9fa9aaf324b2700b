using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Ctg.Modules.Methodology.Plans;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Exports;

/// <summary>A fiche with everything the print view and the DOCX show; null when it does not exist.</summary>
public sealed record LoadFicheSheet(Guid Id) : IRequest<FicheSheet?>
{
    internal sealed class Handler(MethodologyDbContext db) : IRequestHandler<LoadFicheSheet, FicheSheet?>
    {
        public async Task<FicheSheet?> Handle(LoadFicheSheet request, CancellationToken cancellationToken)
        {
            var fiche = await ExportQueries.FullFiches(db).FirstOrDefaultAsync(f => f.Id == request.Id, cancellationToken);
            return fiche is null ? null : FicheSheet.From(fiche);
        }
    }
}

/// <summary>A fiche of a plan as the exports list it.</summary>
public sealed record PlanExportFiche(
    Guid FicheId, Guid? NodeId, string Number, string Title, string? Theme, string? Pilote, FicheStatus Status, int Progress,
    Meteo? Meteo, Priority Priority, DateOnly? Deadline, int JalonsDone, int JalonsTotal, DateTimeOffset UpdatedAt) : IPlacedFiche;

/// <param name="Sheets">The fiches in full by id, when asked for (the DOCX annex); empty otherwise.</param>
/// <param name="Funding">Prévisionnel and réel totals by fiche.</param>
public sealed record PlanExport(
    Plan Plan, PlanTree<PlanExportFiche> Tree, IReadOnlyDictionary<Guid, (decimal? Planned, decimal? Actual)> Funding,
    IReadOnlyDictionary<Guid, FicheSheet> Sheets)
{
    /// <summary>Rows of the workbook, in the plan's reading order.</summary>
    public IReadOnlyList<PlanRow> Rows() => Tree.FichesInOrder().Select(entry =>
    {
        var f = entry.Fiche;
        var path = entry.Node?.Path.Select(n => n.Label(Plan)).ToList() ?? [];
        var (planned, actual) = Funding.TryGetValue(f.FicheId, out var totals) ? totals : (null, null);
        return new PlanRow(path, f.Number, f.Title, f.Theme, f.Pilote, f.Status, f.Progress, f.Meteo, f.Priority, f.Deadline,
            f.JalonsDone, f.JalonsTotal, planned, actual, f.UpdatedAt);
    }).ToList();

    /// <summary>Columns for the levels: as many as the tree uses, named by the plan's labels.</summary>
    public IReadOnlyList<string> LevelColumns() =>
        Enumerable.Range(0, Math.Max(Tree.LevelsUsed, 1)).Select(Plan.LevelLabel).ToList();

    /// <summary>The annex: the summary table grouped by top-level node, then every fiche in full.</summary>
    public PlanAnnex Annex()
    {
        static AnnexRow Row(PlanExportFiche f) => new(f.Number, f.Title, f.Pilote, f.Deadline, f.Status);

        var groups = new List<(string, IReadOnlyList<AnnexRow>)>();
        foreach (var root in Tree.Roots)
        {
            var rows = Descendants(root).SelectMany(n => n.Fiches).Select(Row).ToList();
            groups.Add((root.Label(Plan), rows));
        }
        if (Tree.Unplaced.Count > 0)
        {
            groups.Add(("Fiches non classées", Tree.Unplaced.Select(Row).ToList()));
        }
        var fiches = Tree.FichesInOrder().Select(e => Sheets.GetValueOrDefault(e.Fiche.FicheId)).OfType<FicheSheet>().ToList();
        return new PlanAnnex(Plan.Title, PlanDocument.Period(Plan.StartsOn, Plan.EndsOn), Plan.DispositifName, Plan.Description, groups, fiches);
    }

    private static IEnumerable<PlanTreeNode<PlanExportFiche>> Descendants(PlanTreeNode<PlanExportFiche> node) =>
        new[] { node }.Concat(node.Children.SelectMany(Descendants));
}

/// <summary>
/// A plan for its exports in a constant number of queries: the plan, its nodes, its fiches' main fields
/// (jalons counted by the database), their financements; and with <see cref="Full"/> every fiche in full,
/// its lists read by split queries and grouped in memory.
/// </summary>
public sealed record LoadPlanExport(Guid Id, bool Full) : IRequest<PlanExport?>
{
    internal sealed class Handler(MethodologyDbContext db) : IRequestHandler<LoadPlanExport, PlanExport?>
    {
        public async Task<PlanExport?> Handle(LoadPlanExport request, CancellationToken cancellationToken)
        {
            var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.Id, cancellationToken);
            if (plan is null)
            {
                return null;
            }
            var nodes = await db.PlanNodes.AsNoTracking().Where(n => n.PlanId == plan.Id)
                .Select(n => new PlanNodeRow(n.Id, n.ParentId, n.Position, n.Code, n.Title))
                .ToListAsync(cancellationToken);
            var fiches = await db.PlanFiches.AsNoTracking().Where(p => p.PlanId == plan.Id)
                .Select(p => new PlanExportFiche(
                    p.FicheId, p.NodeId, p.Fiche.Number, p.Fiche.Title, p.Fiche.Theme, p.Fiche.Pilote, p.Fiche.Status, p.Fiche.Progress,
                    p.Fiche.Meteo, p.Fiche.Priority, p.Fiche.Deadline,
                    db.Jalons.Count(j => j.FicheId == p.FicheId && j.DoneOn != null),
                    db.Jalons.Count(j => j.FicheId == p.FicheId),
                    p.Fiche.UpdatedAt))
                .ToListAsync(cancellationToken);
            // SQLite cannot sum decimals: the few amounts are added up here.
            var amounts = await db.Financements.AsNoTracking()
                .Where(f => db.PlanFiches.Any(p => p.PlanId == plan.Id && p.FicheId == f.FicheId))
                .Select(f => new { f.FicheId, f.Planned, f.Actual })
                .ToListAsync(cancellationToken);
            var funding = amounts.GroupBy(a => a.FicheId).ToDictionary(
                g => g.Key,
                g => (g.Any(a => a.Planned is not null) ? g.Sum(a => a.Planned ?? 0) : (decimal?)null,
                      g.Any(a => a.Actual is not null) ? g.Sum(a => a.Actual ?? 0) : (decimal?)null));
            var sheets = new Dictionary<Guid, FicheSheet>();
            if (request.Full)
            {
                var full = await ExportQueries.FullFiches(db)
                    .Where(f => db.PlanFiches.Any(p => p.PlanId == plan.Id && p.FicheId == f.Id))
                    .ToListAsync(cancellationToken);
                foreach (var fiche in full)
                {
                    sheets[fiche.Id] = FicheSheet.From(fiche);
                }
            }
            return new PlanExport(plan, PlanTree.Build(nodes, fiches), funding, sheets);
        }
    }
}

internal static class ExportQueries
{
    /// <summary>Fiches with every list an export shows, read without tracking, one query per list.</summary>
    public static IQueryable<FicheAction> FullFiches(MethodologyDbContext db) =>
        db.Fiches.AsNoTracking().AsSplitQuery()
            .Include(f => f.Missions)
            .Include(f => f.Jalons)
            .Include(f => f.Communes)
            .Include(f => f.Partenaires)
            .Include(f => f.Financements)
            .Include(f => f.Indicateurs);
}
