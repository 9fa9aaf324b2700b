using Ctg.Modules.Evaluation.Data;
using Ctg.Modules.Evaluation.Domain;
using Ctg.Sdk;
using Ctg.Sdk.Messages.Governance;
using Ctg.Sdk.Messages.Methodology;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Evaluation.Pages;

/// <summary>
/// The territory's portrait and the figures of Fiche 17 that the platform can already compute, each from
/// the module that owns the data.
/// </summary>
public sealed class IndexModel(ITerritoryContext territories, IModuleBus bus, EvaluationDbContext db, IClock clock) : PageModel
{
    public Territory Territory { get; private set; } = null!;
    public ModuleAnswer<GovernanceActivity> ThisYear { get; private set; }
    public ModuleAnswer<GovernanceActivity> LastYear { get; private set; }
    public ModuleAnswer<GovernanceFigures> FiguresThisYear { get; private set; }
    public ModuleAnswer<GovernanceFigures> FiguresLastYear { get; private set; }
    public ModuleAnswer<FicheStatusCounts> Fiches { get; private set; }
    public IReadOnlyList<JournalEntry> Journal { get; private set; } = [];

    public async Task OnGetAsync()
    {
        ViewData.SetTrail("Observation et évaluation");
        var cancellationToken = HttpContext.RequestAborted;
        Territory = await territories.GetRequiredAsync(cancellationToken);
        var year = clock.Today.Year;
        ThisYear = await bus.AskAsync(new GetGovernanceActivity(year), cancellationToken);
        LastYear = await bus.AskAsync(new GetGovernanceActivity(year - 1), cancellationToken);
        FiguresThisYear = await bus.AskAsync(new GetGovernanceFigures(new DateOnly(year, 1, 1), clock.Today), cancellationToken);
        FiguresLastYear = await bus.AskAsync(new GetGovernanceFigures(new DateOnly(year - 1, 1, 1), new DateOnly(year - 1, 12, 31)), cancellationToken);
        Fiches = await bus.AskAsync(new CountFichesByStatus(), cancellationToken);
        Journal = await db.Journal.AsNoTracking().OrderByDescending(e => e.RecordedAtUtc).Take(20).ToListAsync(cancellationToken);
    }
}
