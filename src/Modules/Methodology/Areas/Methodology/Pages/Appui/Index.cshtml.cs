using Ctg.Modules.Methodology.Appui;
using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Pages.Appui;

/// <summary>
/// The demandes d'appui, readable by everyone signed in (the appui is meant to be visible), filtered by
/// status, kind of requester and year, with the figures of the selection.
/// </summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "statut")]
    public DemandeStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "demandeur")]
    public RequesterKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "annee")]
    public int? Year { get; set; }

    public Result View { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        ViewData.SetTrail("Demandes d'appui", new Breadcrumb("Plan d'actions", "/methodologie"));
        View = await mediator.Send(new Query(Status, Kind, Year), HttpContext.RequestAborted);
    }

    public sealed record Row(Guid Id, string Subject, string RequesterName, RequesterKind RequesterKind, string? RequesterOrganisation,
        DateOnly ReceivedOn, DateOnly? DueOn, DemandeStatus Status, decimal? HoursSpent, bool Late);

    public sealed record Result(IReadOnlyList<Row> Demandes, AppuiFigures Figures, IReadOnlyList<int> Years);

    public sealed record Query(DemandeStatus? Status, RequesterKind? Kind, int? Year) : IRequest<Result>;

    internal sealed class Handler(MethodologyDbContext db, IClock clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var today = clock.Today;
            var demandes = db.Demandes.AsNoTracking();
            if (request.Status is { } status)
            {
                demandes = demandes.Where(d => d.Status == status);
            }
            if (request.Kind is { } kind)
            {
                demandes = demandes.Where(d => d.RequesterKind == kind);
            }
            if (request.Year is { } year and >= 1 and <= 9998)
            {
                var start = new DateOnly(year, 1, 1);
                var end = new DateOnly(year, 12, 31);
                demandes = demandes.Where(d => d.ReceivedOn >= start && d.ReceivedOn <= end);
            }
            var rows = await demandes
                .Select(d => new
                {
                    d.Id, d.Subject, d.RequesterName, d.RequesterKind, d.RequesterOrganisation, d.ReceivedOn, d.DueOn, d.Status,
                    d.AnsweredOn, d.HoursSpent, d.CreatedAt,
                })
                .ToListAsync(cancellationToken);
            var years = await db.Demandes.Select(d => d.ReceivedOn).ToListAsync(cancellationToken);
            return new Result(
                rows.OrderByDescending(d => d.ReceivedOn).ThenByDescending(d => d.CreatedAt)
                    .Select(d => new Row(d.Id, d.Subject, d.RequesterName, d.RequesterKind, d.RequesterOrganisation, d.ReceivedOn, d.DueOn,
                        d.Status, d.HoursSpent, d.Status.IsOpen() && d.DueOn < today))
                    .ToList(),
                AppuiFigures.Of(rows.Select(d => new DemandeFacts(d.Status, d.RequesterKind, d.ReceivedOn, d.DueOn, d.AnsweredOn, d.HoursSpent)), today),
                years.Select(d => d.Year).Append(today.Year).Distinct().OrderDescending().ToList());
        }
    }
}
