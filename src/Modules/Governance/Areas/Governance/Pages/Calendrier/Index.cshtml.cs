using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages.Calendrier;

/// <summary>The coming séances of every instance, month by month.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public Result Data { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        ViewData.SetTrail("Calendrier des séances", new Breadcrumb("Gouvernance", "/gouvernance"));
        Data = await mediator.Send(new Query(), HttpContext.RequestAborted);
    }

    public sealed record Query : IRequest<Result>;

    public sealed record Row(Guid Id, DateOnly Date, TimeOnly? StartTime, TimeOnly? EndTime, string? Place, string? VideoLink, Guid InstanceId, string InstanceName);

    public sealed record Month(int Year, int Number, IReadOnlyList<Row> Seances)
    {
        public string Title => $"{French.Culture.DateTimeFormat.GetMonthName(Number)} {Year}";
    }

    public sealed record Result(IReadOnlyList<Month> Months);

    internal sealed class Handler(GovernanceDbContext db, IClock clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var today = clock.Today;
            var rows = await db.Seances.AsNoTracking()
                .Where(s => s.Status == SeanceStatus.Planifiee && s.Date >= today)
                .OrderBy(s => s.Date).ThenBy(s => s.StartTime).ThenBy(s => s.Instance.Name)
                .Select(s => new Row(s.Id, s.Date, s.StartTime, s.EndTime, s.Place, s.VideoLink, s.InstanceId, s.Instance.Name))
                .ToListAsync(cancellationToken);
            return new Result(rows
                .GroupBy(r => (r.Date.Year, r.Date.Month))
                .Select(g => new Month(g.Key.Year, g.Key.Month, g.ToList()))
                .ToList());
        }
    }
}
