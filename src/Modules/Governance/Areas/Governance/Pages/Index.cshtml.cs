using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages;

/// <summary>The module's home: the instances and how regularly they met this year.</summary>
public sealed class IndexModel(IMediator mediator, IClock clock) : PageModel
{
    public Result Data { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        ViewData.SetTrail("Gouvernance");
        Data = await mediator.Send(new Query(clock.Today.Year), HttpContext.RequestAborted);
    }

    public sealed record Query(int Year) : IRequest<Result>;

    public sealed record Result(int Year, IReadOnlyList<Row> Instances);

    public sealed record Row(Guid Id, string Name, InstanceKind Kind, string? CustomKind, int Expected, int Held, int Planned, DateOnly? Next)
    {
        public string KindLabel => Kind == InstanceKind.Autre && CustomKind is not null ? CustomKind : Kind.Label();

        public Regularity Regularity(DateOnly today) => Domain.Regularity.Of(Expected, Held, Planned, today);
    }

    internal sealed class Handler(GovernanceDbContext db) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var start = new DateOnly(request.Year, 1, 1);
            var end = new DateOnly(request.Year, 12, 31);
            var rows = await db.Instances.AsNoTracking()
                .Where(i => i.IsActive)
                .Select(i => new Row(
                    i.Id,
                    i.Name,
                    i.Kind,
                    i.CustomKind,
                    i.ExpectedSeancesPerYear,
                    i.Seances.Count(s => s.Status == SeanceStatus.Tenue && s.Date >= start && s.Date <= end),
                    i.Seances.Count(s => s.Status == SeanceStatus.Planifiee && s.Date >= start && s.Date <= end),
                    i.Seances.Where(s => s.Status == SeanceStatus.Planifiee && s.Date >= start).Min(s => (DateOnly?)s.Date)))
                .ToListAsync(cancellationToken);
            return new Result(request.Year, rows.OrderBy(r => r.Kind).ThenBy(r => r.Name, French.Comparer).ToList());
        }
    }
}
