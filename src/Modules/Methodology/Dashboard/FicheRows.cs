using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Dashboard;

/// <summary>A plan as the filters offer it.</summary>
public sealed record PlanChoice(Guid Id, string Title, string LevelLabels)
{
    public string AxisLabel => new Plan { LevelLabels = LevelLabels }.LevelLabel(0);
}

/// <summary>
/// The small projections the follow-up pages read: never a long text column, one SQL query each, whatever
/// the number of fiches.
/// </summary>
internal static class FicheRows
{
    public static Task<List<PlanChoice>> PlansAsync(MethodologyDbContext db, CancellationToken cancellationToken) =>
        db.Plans.AsNoTracking().OrderBy(p => p.Title).Select(p => new PlanChoice(p.Id, p.Title, p.LevelLabels)).ToListAsync(cancellationToken);

    /// <summary>The fiches of a plan (with their node in it), or every fiche (node null).</summary>
    public static async Task<List<(FicheRow Row, Guid? NodeId)>> ReadAsync(MethodologyDbContext db, Guid? planId, CancellationToken cancellationToken)
    {
        var placements = planId is { } id
            ? db.PlanFiches.Where(p => p.PlanId == id).Select(p => new { p.Fiche, p.NodeId })
            : db.Fiches.Select(f => new { Fiche = f, NodeId = (Guid?)null });
        var rows = await placements.AsNoTracking()
            .Select(p => new
            {
                p.Fiche.Id, p.Fiche.Number, p.Fiche.Title, p.Fiche.Status, p.Fiche.Progress, p.Fiche.Meteo, p.Fiche.Deadline,
                p.Fiche.Pilote, p.Fiche.UpdatedAt, p.NodeId,
            })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => (new FicheRow(r.Id, r.Number, r.Title, r.Status, r.Progress, r.Meteo, r.Deadline, r.Pilote, Day(r.UpdatedAt)), r.NodeId))
            .OrderBy(r => r.Item1.Number, FicheNumberComparer.Instance)
            .ToList();
    }

    /// <summary>Jalons of the plan's fiches (or of every fiche); only the undone ones before today when <paramref name="lateOnly"/>.</summary>
    public static Task<List<JalonRow>> JalonsAsync(MethodologyDbContext db, Guid? planId, DateOnly today, bool lateOnly, CancellationToken cancellationToken)
    {
        var jalons = db.Jalons.AsNoTracking();
        if (planId is { } id)
        {
            jalons = jalons.Where(j => db.PlanFiches.Any(p => p.PlanId == id && p.FicheId == j.FicheId));
        }
        if (lateOnly)
        {
            jalons = jalons.Where(j => j.DoneOn == null && j.DueOn < today);
        }
        return jalons.Select(j => new JalonRow(j.FicheId, j.Title, j.DueOn, j.DoneOn)).ToListAsync(cancellationToken);
    }

    public static Task<List<AxisNode>> NodesAsync(MethodologyDbContext db, Guid planId, CancellationToken cancellationToken) =>
        db.PlanNodes.AsNoTracking().Where(n => n.PlanId == planId)
            .Select(n => new AxisNode(n.Id, n.ParentId, n.Position, n.Code, n.Title))
            .ToListAsync(cancellationToken);

    /// <summary>The day an instant falls on in France.</summary>
    public static DateOnly Day(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, French.TimeZone).DateTime);

    /// <summary>"Axe 2 : Parentalité", or the title alone when the node has no code.</summary>
    public static string NodeLabel(string levelLabel, string? code, string title) =>
        string.IsNullOrWhiteSpace(code) ? title : $"{levelLabel} {code} : {title}";
}
