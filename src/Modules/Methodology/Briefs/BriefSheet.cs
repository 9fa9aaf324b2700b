using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Ctg.Sdk.Messages.Evaluation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Briefs;

/// <param name="Display">The latest value as Evaluation writes it ("62 %"), or "non disponible".</param>
/// <param name="FicheNumbers">The perimeter's fiches the indicator is linked to.</param>
public sealed record BriefIndicator(string Name, string Display, string? Period, string? Target, IReadOnlyList<string> FicheNumbers);

/// <param name="Unavailable">Why no value can be given (module off...), in French; null when Evaluation answered.</param>
public sealed record BriefIndicators(string? Unavailable, IReadOnlyList<BriefIndicator> Rows);

public sealed record BriefDecision(string Number, string Title, string? Pilote, string Text);

/// <summary>
/// Everything a note d'aide à la décision says: the stored snapshot (statuses, progress, échéances at
/// generation) and, from the current data, pilotes, jalons, decisions awaited, history and indicators.
/// </summary>
/// <param name="States">The snapshot, in plan order.</param>
/// <param name="PreviousAsOf">Date of the previous brief on the same perimeter; null for the first one.</param>
/// <param name="Changes">Null for the first brief on the perimeter.</param>
public sealed record BriefSheet(
    Guid Id,
    string Title,
    string PerimeterLabel,
    DateOnly AsOf,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    IReadOnlyList<BriefFicheState> States,
    IReadOnlyDictionary<Guid, string> Pilotes,
    DateOnly? PreviousAsOf,
    BriefChanges? Changes,
    BriefOverdue Overdue,
    IReadOnlyList<BriefDecision> Decisions,
    BriefIndicators Indicators);

public sealed record LoadBriefSheet(Guid Id) : IRequest<BriefSheet?>;

internal sealed class LoadBriefSheetHandler(MethodologyDbContext db, IModuleBus bus, IModuleRegistry modules) : IRequestHandler<LoadBriefSheet, BriefSheet?>
{
    public const string EvaluationDisabled = "Module Évaluation désactivé : indicateurs non disponibles.";
    public const string EvaluationSilent = "Le module Évaluation ne fournit pas encore la valeur de ses indicateurs : indicateurs non disponibles.";

    public async Task<BriefSheet?> Handle(LoadBriefSheet request, CancellationToken cancellationToken)
    {
        var brief = await db.Briefs.AsNoTracking().Include(b => b.States).FirstOrDefaultAsync(b => b.Id == request.Id, cancellationToken);
        if (brief is null)
        {
            return null;
        }
        var previous = await db.Briefs.AsNoTracking().Include(b => b.States)
            .Where(b => b.Id != brief.Id && b.Perimeter == brief.Perimeter && b.PlanId == brief.PlanId && b.NodeId == brief.NodeId
                && b.Theme == brief.Theme && b.CreatedAt < brief.CreatedAt)
            .OrderByDescending(b => b.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);

        var states = brief.States.OrderBy(s => s.Number, FicheNumberComparer.Instance).ToList();
        var ids = states.Select(s => s.FicheId).ToList();
        var fiches = await db.Fiches.AsNoTracking().Where(f => ids.Contains(f.Id))
            .Select(f => new { f.Id, f.Pilote, f.DecisionAwaited })
            .ToListAsync(cancellationToken);
        var jalons = await db.Jalons.AsNoTracking().Where(j => ids.Contains(j.FicheId))
            .Select(j => new BriefJalon(j.FicheId, j.Title, j.DueOn, j.DoneOn))
            .ToListAsync(cancellationToken);

        BriefChanges? changes = null;
        if (previous is not null)
        {
            var concerned = ids.Union(previous.States.Select(s => s.FicheId)).ToList();
            var from = previous.CreatedAt;
            var to = brief.CreatedAt;
            var history = await db.Changes.AsNoTracking()
                .Where(c => concerned.Contains(c.FicheId) && c.At > from && c.At <= to)
                .Select(c => new HistoryLine(c.FicheId, c.At, c.UserName, c.Field))
                .ToListAsync(cancellationToken);
            changes = BriefChanges.Compare(previous.States, states, history, from, to);
        }

        var byId = states.ToDictionary(s => s.FicheId);
        var decisions = fiches.Where(f => !string.IsNullOrWhiteSpace(f.DecisionAwaited))
            .Select(f => new BriefDecision(byId[f.Id].Number, byId[f.Id].Title, f.Pilote, f.DecisionAwaited!.Trim()))
            .OrderBy(d => d.Number, FicheNumberComparer.Instance)
            .ToList();

        return new BriefSheet(brief.Id, brief.Title, brief.PerimeterLabel, brief.AsOf, brief.CreatedAt, brief.CreatedBy, states,
            fiches.Where(f => !string.IsNullOrWhiteSpace(f.Pilote)).ToDictionary(f => f.Id, f => f.Pilote!.Trim()),
            previous?.AsOf, changes, BriefOverdue.AsOf(states, jalons, brief.AsOf), decisions,
            await IndicatorsAsync(ids, byId, cancellationToken));
    }

    private async Task<BriefIndicators> IndicatorsAsync(List<Guid> ids, Dictionary<Guid, BriefFicheState> states, CancellationToken cancellationToken)
    {
        var answer = await bus.AskAsync(new ListIndicators(), cancellationToken);
        if (!answer.IsAvailable)
        {
            return new BriefIndicators(modules.IsEnabled(ModuleIds.Evaluation) ? EvaluationSilent : EvaluationDisabled, []);
        }
        var links = await db.FicheIndicateurs.AsNoTracking().Where(i => ids.Contains(i.FicheId))
            .Select(i => new { i.FicheId, i.Reference, i.Name })
            .ToListAsync(cancellationToken);
        var known = (answer.Value ?? []).GroupBy(i => i.Reference).ToDictionary(g => g.Key, g => g.First());
        var rows = links.GroupBy(l => l.Reference)
            .Select(g =>
            {
                var numbers = g.Select(l => states[l.FicheId].Number).Distinct().Order(FicheNumberComparer.Instance).ToList();
                return known.TryGetValue(g.Key, out var indicator)
                    ? new BriefIndicator(indicator.Name, indicator.Display, indicator.Period, Target(indicator), numbers)
                    : new BriefIndicator(g.First().Name, "non disponible", null, null, numbers);
            })
            .OrderBy(r => r.Name, French.Comparer)
            .ToList();
        return new BriefIndicators(null, rows);
    }

    private static string? Target(IndicatorSummary indicator) =>
        indicator.Target is { } target
            ? (target.ToString("#,0.##", French.Culture) + (string.IsNullOrWhiteSpace(indicator.Unit) ? "" : " " + indicator.Unit)).Trim()
            : null;
}
