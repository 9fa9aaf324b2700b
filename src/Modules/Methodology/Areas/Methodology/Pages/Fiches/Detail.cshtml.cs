using Ctg.Modules.Methodology.Access;
using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Ctg.Sdk.Messages.Evaluation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.Fiches;

/// <summary>
/// A whole fiche laid out as the documents are, with its follow-up (status, progress, notes, jalons) and the
/// history of its changes; editors follow it up from here.
/// </summary>
public sealed class DetailModel(MethodologyDbContext db, IModuleBus bus, IModuleRegistry modules, ITerritoryContext territory, FicheAccess access) : PageModel
{
    public FicheAction Fiche { get; private set; } = null!;
    public IReadOnlyList<FicheChange> History { get; private set; } = [];
    public IReadOnlyList<PlanPlace> Plans { get; private set; } = [];
    public IReadOnlyList<OrientationLink> Orientations { get; private set; } = [];

    /// <summary>Current values of the linked indicators, by reference; null when Evaluation is disabled.</summary>
    public IReadOnlyDictionary<string, IndicatorSummary>? Indicators { get; private set; }

    /// <summary>The territory's number of communes, to say "toutes les communes".</summary>
    public int TerritoryCommunes { get; private set; }

    public bool GovernanceEnabled { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanDelete => access.EditsEverything;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var fiche = await db.Fiches.AsNoTracking()
            .Include(f => f.Missions).Include(f => f.Jalons).Include(f => f.Communes).Include(f => f.Partenaires)
            .Include(f => f.Financements).Include(f => f.Indicateurs).Include(f => f.Notes)
            .AsSplitQuery()
            .FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (fiche is null)
        {
            return NotFound();
        }
        Fiche = fiche;
        CanEdit = access.CanEdit(fiche);
        History = await db.Changes.AsNoTracking().Where(c => c.FicheId == id)
            .OrderByDescending(c => c.At).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        Plans = await (
            from placement in db.PlanFiches
            where placement.FicheId == id
            join plan in db.Plans on placement.PlanId equals plan.Id
            join node in db.PlanNodes on placement.NodeId equals node.Id into nodes
            from node in nodes.DefaultIfEmpty()
            orderby plan.Title
            select new PlanPlace(plan.Id, plan.Title, node == null ? null : node.Code, node == null ? null : node.Title))
            .ToListAsync(cancellationToken);
        Orientations = await (
            from link in db.OrientationFiches
            where link.FicheId == id
            join orientation in db.Orientations on link.OrientationId equals orientation.Id
            orderby orientation.Title
            select new OrientationLink(orientation.Id, orientation.Title))
            .ToListAsync(cancellationToken);
        if (fiche.Indicateurs.Count > 0)
        {
            var answer = await bus.AskAsync(new ListIndicators(), cancellationToken);
            Indicators = answer.IsAvailable ? answer.Value!.ToDictionary(i => i.Reference) : null;
        }
        TerritoryCommunes = (await territory.GetAsync(cancellationToken))?.Communes.Count ?? 0;
        GovernanceEnabled = modules.IsEnabled(ModuleIds.Governance);
        ViewData.SetTrail($"Fiche {fiche.Number}", new Breadcrumb("Plan d'actions", "/methodologie"), new Breadcrumb("Fiches actions", "/methodologie/fiches"));
        return Page();
    }

    /// <summary>The directory's page of an organisation, from its opaque reference ("organisation:…").</summary>
    public string? OrganisationLink(string? reference) =>
        GovernanceEnabled && reference is { Length: > 13 } && reference.StartsWith("organisation:", StringComparison.Ordinal)
            && Guid.TryParseExact(reference[13..], "N", out var organisation)
            ? $"/gouvernance/annuaire?organisation={organisation}"
            : null;

    public sealed record PlanPlace(Guid PlanId, string PlanTitle, string? NodeCode, string? NodeTitle);

    public sealed record OrientationLink(Guid Id, string Title);
}
