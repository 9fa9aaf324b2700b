using Ctg.Modules.Governance.Access;
using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages.Instances;

/// <summary>An instance: what it is for, its members today, and its séances with their attendance.</summary>
public sealed class DetailModel(IMediator mediator, GovernanceAccess access, IClock clock) : PageModel
{
    public Result Data { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var result = await mediator.Send(new Query(id, clock.Today), HttpContext.RequestAborted);
        if (result is null)
        {
            return NotFound();
        }
        Data = result;
        CanEdit = await access.CanEditInstanceAsync(id, HttpContext.RequestAborted);
        ViewData.SetTrail(result.Instance.Name, new Breadcrumb("Gouvernance", "/gouvernance"));
        return Page();
    }

    public sealed record Query(Guid Id, DateOnly Today) : IRequest<Result?>;

    public sealed record Result(Instance Instance, IReadOnlyList<MemberRow> Members, IReadOnlyList<SeanceRow> Seances);

    public sealed record MemberRow(Guid PersonId, string Name, string? Function, string? Organisation, MemberRole Role, DateOnly JoinedOn);

    /// <param name="Participants">Members present or represented.</param>
    /// <param name="Convened">Members convened (guests apart).</param>
    /// <param name="Recorded">Whether the attendance was recorded.</param>
    public sealed record SeanceRow(Guid Id, DateOnly Date, TimeOnly? StartTime, string? Place, SeanceStatus Status,
        int Convened, int Participants, int Guests, bool Recorded, int Decisions);

    internal sealed class Handler(GovernanceDbContext db) : IRequestHandler<Query, Result?>
    {
        public async Task<Result?> Handle(Query request, CancellationToken cancellationToken)
        {
            var instance = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == request.Id, cancellationToken);
            if (instance is null)
            {
                return null;
            }
            var today = request.Today;
            var members = await db.Memberships.AsNoTracking()
                .Where(m => m.InstanceId == request.Id && m.JoinedOn <= today && (m.LeftOn == null || m.LeftOn >= today))
                .Select(m => new MemberRow(m.PersonId,
                    m.Person.AnonymisedAt != null ? Person.AnonymousName : m.Person.FirstName + " " + m.Person.LastName,
                    m.Person.Function, m.Person.Organisation!.Name, m.Role, m.JoinedOn))
                .ToListAsync(cancellationToken);
            var seances = await db.Seances.AsNoTracking()
                .Where(s => s.InstanceId == request.Id)
                .OrderByDescending(s => s.Date)
                .Select(s => new SeanceRow(s.Id, s.Date, s.StartTime, s.Place, s.Status,
                    s.Attendances.Count(a => !a.IsGuest),
                    s.Attendances.Count(a => !a.IsGuest && (a.Status == AttendanceStatus.Present || a.Status == AttendanceStatus.Represente)),
                    s.Attendances.Count(a => a.IsGuest),
                    s.Attendances.Any(a => !a.IsGuest && a.Status != null),
                    s.Decisions.Count))
                .ToListAsync(cancellationToken);
            var comparer = French.Comparer;
            return new Result(instance,
                members.OrderBy(m => m.Role).ThenBy(m => m.Name, comparer).ToList(),
                seances);
        }
    }
}
