using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages.Suivi;

/// <summary>The open follow-ups of every instance, overdue first, then by due date; filtered by instance and owner.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "instance")]
    public Guid? InstanceId { get; set; }

    [BindProperty(SupportsGet = true, Name = "responsable")]
    public Guid? OwnerId { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Result Data { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        ViewData.SetTrail("Suites à donner", new Breadcrumb("Gouvernance", "/gouvernance"));
        Data = await mediator.Send(new Query(InstanceId, OwnerId, PageNumber, WithFilters: true), HttpContext.RequestAborted);
    }

    public string PageUrl(int page) =>
        "/gouvernance/suivi?" + string.Join("&", new[]
        {
            InstanceId is { } i ? $"instance={i}" : null,
            OwnerId is { } o ? $"responsable={o}" : null,
            $"page={page}",
        }.Where(p => p is not null));

    public sealed record Query(Guid? InstanceId, Guid? OwnerId, int Page, bool WithFilters) : IRequest<Result>;

    public sealed record Row(
        Guid Id, string Action, FollowUpStatus Status, DateOnly? DueDate,
        Guid? OwnerId, string? OwnerName,
        int DecisionNumber, string DecisionText,
        Guid SeanceId, DateOnly SeanceDate, Guid InstanceId, string InstanceName)
    {
        public bool IsOverdue(DateOnly today) => DueDate < today;
    }

    public sealed record Choice(Guid Id, string Label);

    public sealed record Result(
        DateOnly Today, IReadOnlyList<Row> Rows, int Total, int Overdue, int Page, int Pages,
        IReadOnlyList<Choice> Instances, IReadOnlyList<Choice> Owners);

    internal sealed class Handler(GovernanceDbContext db, IClock clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var today = clock.Today;
            var open = db.FollowUps.AsNoTracking().Where(f => f.Status == FollowUpStatus.AFaire || f.Status == FollowUpStatus.EnCours);
            var filtered = open;
            if (request.InstanceId is { } instanceId)
            {
                filtered = filtered.Where(f => f.Decision.Seance.InstanceId == instanceId);
            }
            if (request.OwnerId is { } ownerId)
            {
                filtered = filtered.Where(f => f.OwnerId == ownerId);
            }
            var counts = await filtered
                .GroupBy(f => 1)
                .Select(g => new { Total = g.Count(), Overdue = g.Count(f => f.DueDate != null && f.DueDate < today) })
                .FirstOrDefaultAsync(cancellationToken);
            var total = counts?.Total ?? 0;
            var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
            var page = Math.Clamp(request.Page, 1, pages);
            var rows = await filtered
                .OrderByDescending(f => f.DueDate != null && f.DueDate < today)
                .ThenBy(f => f.DueDate == null)
                .ThenBy(f => f.DueDate)
                .ThenBy(f => f.Decision.Seance.Date)
                .ThenBy(f => f.Decision.Number)
                .ThenBy(f => f.Id)
                .Skip((page - 1) * PageSize)
                .Take(PageSize)
                .Select(f => new
                {
                    f.Id, f.Action, f.Status, f.DueDate, f.OwnerId,
                    OwnerFirst = f.Owner == null ? null : f.Owner.FirstName,
                    OwnerLast = f.Owner == null ? null : f.Owner.LastName,
                    OwnerAnonymised = f.Owner != null && f.Owner.AnonymisedAt != null,
                    f.Decision.Number, f.Decision.Text,
                    SeanceId = f.Decision.Seance.Id, SeanceDate = f.Decision.Seance.Date,
                    f.Decision.Seance.InstanceId, InstanceName = f.Decision.Seance.Instance.Name,
                })
                .ToListAsync(cancellationToken);
            IReadOnlyList<Choice> instances = [];
            IReadOnlyList<Choice> owners = [];
            if (request.WithFilters)
            {
                instances = (await db.Instances.AsNoTracking().Select(i => new Choice(i.Id, i.Name)).ToListAsync(cancellationToken))
                    .OrderBy(c => c.Label, French.Comparer).ToList();
                owners = (await open.Where(f => f.OwnerId != null)
                        .Select(f => new { f.Owner!.Id, f.Owner.FirstName, f.Owner.LastName, f.Owner.AnonymisedAt })
                        .Distinct()
                        .ToListAsync(cancellationToken))
                    .Select(o => new Choice(o.Id, OwnerName(o.FirstName, o.LastName, o.AnonymisedAt != null)!))
                    .OrderBy(c => c.Label, French.Comparer).ToList();
            }
            return new Result(
                today,
                rows.Select(r => new Row(r.Id, r.Action, r.Status, r.DueDate, r.OwnerId, OwnerName(r.OwnerFirst, r.OwnerLast, r.OwnerAnonymised),
                    r.Number, r.Text, r.SeanceId, r.SeanceDate, r.InstanceId, r.InstanceName)).ToList(),
                total, counts?.Overdue ?? 0, page, pages, instances, owners);
        }

        private static string? OwnerName(string? first, string? last, bool anonymised) =>
            anonymised ? Person.AnonymousName : last is null ? null : $"{first} {last}".Trim();
    }
}
