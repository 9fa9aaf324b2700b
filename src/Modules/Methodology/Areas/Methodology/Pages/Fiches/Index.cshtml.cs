using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.Fiches;

/// <summary>
/// Every fiche action, filtered and ordered as the plan reads them. Only the short columns are read, in a
/// fixed number of queries, so that a plan of hundreds of fiches lists at once.
/// </summary>
public sealed class IndexModel(MethodologyDbContext db, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "statut")]
    public FicheStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "theme")]
    public string? Theme { get; set; }

    [BindProperty(SupportsGet = true, Name = "pilote")]
    public string? Pilote { get; set; }

    [BindProperty(SupportsGet = true, Name = "plan")]
    public Guid? Plan { get; set; }

    [BindProperty(SupportsGet = true, Name = "retard")]
    public bool LateOnly { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<string> Themes { get; private set; } = [];
    public IReadOnlyList<string> Pilotes { get; private set; } = [];
    public IReadOnlyList<PlanChoice> Plans { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public bool Filtered => Search is not null || Status is not null || Theme is not null || Pilote is not null || Plan is not null || LateOnly;

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        ViewData.SetTrail("Fiches actions", new Breadcrumb("Plan d'actions", "/methodologie"));
        Today = clock.Today;
        Search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
        Theme = string.IsNullOrWhiteSpace(Theme) ? null : Theme;
        Pilote = string.IsNullOrWhiteSpace(Pilote) ? null : Pilote;

        var query = db.Fiches.AsNoTracking();
        if (Search is { } search)
        {
            var pattern = "%" + search.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(f => EF.Functions.Like(f.Number, pattern, "\\") || EF.Functions.Like(f.Title, pattern, "\\"));
        }
        if (Status is { } status)
        {
            query = query.Where(f => f.Status == status);
        }
        if (Theme is { } theme)
        {
            query = query.Where(f => f.Theme == theme);
        }
        if (Pilote is { } pilote)
        {
            query = query.Where(f => f.Pilote == pilote);
        }
        if (Plan is { } plan)
        {
            query = query.Where(f => db.PlanFiches.Any(p => p.PlanId == plan && p.FicheId == f.Id));
        }
        if (LateOnly)
        {
            query = query.Where(FicheStatuses.LateAt(Today));
        }
        var fiches = await query
            .Select(f => new { f.Id, f.Number, f.Title, f.Theme, f.Pilote, f.Status, f.Progress, f.Deadline })
            .ToListAsync(cancellationToken);
        var placements = (await (
                from placement in db.PlanFiches
                join p in db.Plans on placement.PlanId equals p.Id
                select new { placement.FicheId, p.Id, p.Title })
            .ToListAsync(cancellationToken))
            .ToLookup(p => p.FicheId);
        Rows = fiches
            .OrderBy(f => f.Number, FicheNumberComparer.Instance)
            .Select(f => new Row(f.Id, f.Number, f.Title, f.Theme, f.Pilote, f.Status, f.Progress, f.Deadline,
                f.Status.IsLate(f.Deadline, Today),
                placements[f.Id].Select(p => new PlanChoice(p.Id, p.Title)).OrderBy(p => p.Title, French.Comparer).ToList()))
            .ToList();

        Total = await db.Fiches.CountAsync(cancellationToken);
        Themes = (await db.Fiches.Where(f => f.Theme != null).Select(f => f.Theme!).Distinct().ToListAsync(cancellationToken)).Order(French.Comparer).ToList();
        Pilotes = (await db.Fiches.Where(f => f.Pilote != null).Select(f => f.Pilote!).Distinct().ToListAsync(cancellationToken)).Order(French.Comparer).ToList();
        Plans = (await db.Plans.Select(p => new PlanChoice(p.Id, p.Title)).ToListAsync(cancellationToken)).OrderBy(p => p.Title, French.Comparer).ToList();
    }

    public sealed record Row(Guid Id, string Number, string Title, string? Theme, string? Pilote, FicheStatus Status, int Progress,
        DateOnly? Deadline, bool IsLate, IReadOnlyList<PlanChoice> Plans);

    public sealed record PlanChoice(Guid Id, string Title);
}
