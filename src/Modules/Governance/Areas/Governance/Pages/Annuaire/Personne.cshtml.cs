using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Directory;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages.Annuaire;

/// <summary>
/// A person of the directory: who they are, the instances they sit in, the séances they were convened to.
/// Here a signed-in user whose e-mail is the person's links the person to their own account ("c'est moi"):
/// Governance cannot list the platform's accounts, and an e-mail that matches is the proof it can check.
/// </summary>
public sealed class PersonneModel(IMediator mediator, ICurrentUser currentUser) : PageModel
{
    public Result Person { get; private set; } = null!;

    [BindProperty]
    public AccountLink Input { get; set; } = new();

    /// <summary>"C'est moi": the person's e-mail is the signed-in user's, and the person is not linked to them yet.</summary>
    public bool CanClaim => !Person.IsAnonymised && Person.Email is not null && currentUser.Email is not null
        && string.Equals(Person.Email.Trim(), currentUser.Email.Trim(), StringComparison.OrdinalIgnoreCase)
        && Person.UserId != currentUser.Id;

    public bool CanUnlink => Person.UserId is not null && (currentUser.CanEditEverything || Person.UserId == currentUser.Id);

    public bool IsMe => Person.UserId is not null && Person.UserId == currentUser.Id;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Input.Version = Person.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostLierAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!CanClaim)
        {
            return Forbid();
        }
        await mediator.Send(new LinkToCurrentUser(id, Input.Version), HttpContext.RequestAborted);
        TempData["Message"] = "Cette fiche est maintenant liée à votre compte.";
        return Redirect($"/gouvernance/annuaire/personnes/{id}");
    }

    public async Task<IActionResult> OnPostDelierAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!CanUnlink)
        {
            return Forbid();
        }
        await mediator.Send(new Unlink(id, Input.Version), HttpContext.RequestAborted);
        TempData["Message"] = "Le lien entre cette fiche et le compte de la plateforme est retiré.";
        return Redirect($"/gouvernance/annuaire/personnes/{id}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var person = await mediator.Send(new Query(id), HttpContext.RequestAborted);
        if (person is null)
        {
            return false;
        }
        Person = person;
        ViewData.SetTrail(person.Name, new Breadcrumb("Gouvernance", "/gouvernance"), new Breadcrumb("Annuaire", "/gouvernance/annuaire"));
        return true;
    }

    public sealed class AccountLink
    {
        public int Version { get; set; }
    }

    public sealed record Query(Guid Id) : IRequest<Result?>;

    public sealed record Result(
        Guid Id,
        string Name,
        bool IsAnonymised,
        DateTimeOffset? AnonymisedAt,
        string? Function,
        Guid? OrganisationId,
        string? OrganisationName,
        OrganisationType? OrganisationType,
        string? Email,
        string? Phone,
        IReadOnlyList<string> Interests,
        string? UserId,
        int Version,
        IReadOnlyList<Seat> Seats,
        IReadOnlyList<AttendanceCount> Attendance)
    {
        public int Convened => Attendance.Where(a => !a.IsGuest).Sum(a => a.Count);
        public int Count(AttendanceStatus status) => Attendance.Where(a => !a.IsGuest && a.Status == status).Sum(a => a.Count);
        public int AsGuest => Attendance.Where(a => a.IsGuest).Sum(a => a.Count);
    }

    public sealed record Seat(Guid InstanceId, string InstanceName, MemberRole Role, DateOnly JoinedOn, DateOnly? LeftOn);

    public sealed record AttendanceCount(bool IsGuest, AttendanceStatus? Status, int Count);

    internal sealed class QueryHandler(GovernanceDbContext db) : IRequestHandler<Query, Result?>
    {
        public async Task<Result?> Handle(Query request, CancellationToken cancellationToken)
        {
            var person = await db.Persons.AsNoTracking()
                .Where(p => p.Id == request.Id)
                .Select(p => new
                {
                    Person = p,
                    OrganisationName = p.Organisation == null ? null : p.Organisation.Name,
                    OrganisationType = p.Organisation == null ? (OrganisationType?)null : p.Organisation.Type,
                })
                .FirstOrDefaultAsync(cancellationToken);
            if (person is null)
            {
                return null;
            }
            var seats = await db.Memberships.AsNoTracking()
                .Where(m => m.PersonId == request.Id)
                .Join(db.Instances, m => m.InstanceId, i => i.Id, (m, i) => new Seat(i.Id, i.Name, m.Role, m.JoinedOn, m.LeftOn))
                .ToListAsync(cancellationToken);
            var attendance = await db.Attendances.AsNoTracking()
                .Where(a => a.PersonId == request.Id)
                .GroupBy(a => new { a.IsGuest, a.Status })
                .Select(g => new AttendanceCount(g.Key.IsGuest, g.Key.Status, g.Count()))
                .ToListAsync(cancellationToken);
            var p = person.Person;
            return new Result(p.Id, p.DisplayName, p.IsAnonymised, p.AnonymisedAt, p.Function, p.OrganisationId, person.OrganisationName,
                person.OrganisationType, p.Email, p.Phone, p.InterestList, p.UserId, p.Version,
                seats.OrderBy(s => s.LeftOn is not null).ThenBy(s => s.InstanceName, French.Comparer).ToList(), attendance);
        }
    }

    public sealed record LinkToCurrentUser(Guid PersonId, int Version) : ICommand;

    internal sealed class LinkHandler(GovernanceDbContext db, ICurrentUser user) : IRequestHandler<LinkToCurrentUser, Unit>
    {
        public async Task<Unit> Handle(LinkToCurrentUser request, CancellationToken cancellationToken)
        {
            var person = await db.Persons.FirstOrDefaultAsync(p => p.Id == request.PersonId, cancellationToken)
                ?? throw new InvalidInputException("", "Cette personne n'est plus dans l'annuaire.");
            if (user.Id is null || user.Email is null || person.IsAnonymised || person.Email is null
                || !string.Equals(person.Email.Trim(), user.Email.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidInputException("", "Seule une fiche qui porte l'adresse électronique de votre compte peut être liée à votre compte.");
            }
            var other = await db.Persons.AsNoTracking()
                .Where(p => p.UserId == user.Id && p.Id != person.Id)
                .Select(p => new { p.FirstName, p.LastName })
                .FirstOrDefaultAsync(cancellationToken);
            if (other is not null)
            {
                throw new InvalidInputException("", $"Votre compte est déjà lié à la fiche de {$"{other.FirstName} {other.LastName}".Trim()} : retirez d'abord ce lien.");
            }
            db.Entry(person).Property(p => p.Version).OriginalValue = request.Version;
            person.UserId = user.Id;
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }

    public sealed record Unlink(Guid PersonId, int Version) : ICommand;

    internal sealed class UnlinkHandler(GovernanceDbContext db) : IRequestHandler<Unlink, Unit>
    {
        public async Task<Unit> Handle(Unlink request, CancellationToken cancellationToken)
        {
            var person = await db.Persons.FirstOrDefaultAsync(p => p.Id == request.PersonId, cancellationToken)
                ?? throw new InvalidInputException("", "Cette personne n'est plus dans l'annuaire.");
            db.Entry(person).Property(p => p.Version).OriginalValue = request.Version;
            person.UserId = null;
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
