using System.ComponentModel.DataAnnotations;
using Ctg.Modules.Governance.Access;
using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Directory;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages.Instances;

/// <summary>
/// The members of an instance over time: who joined when, with which role, and who left. Séances convene
/// the members active on their date, so a member who joins mid-year is convened only from then on.
/// </summary>
public sealed class MembresModel(IMediator mediator, GovernanceAccess access, IClock clock) : PageModel
{
    [BindProperty]
    public AddMember Input { get; set; } = new();

    public Result Data { get; private set; } = null!;

    public IReadOnlyList<PersonChoice> Persons { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await access.CanEditInstanceAsync(id, HttpContext.RequestAborted))
        {
            return Forbid();
        }
        Input = new AddMember { InstanceId = id, JoinedOn = clock.Today };
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await access.CanEditInstanceAsync(id, HttpContext.RequestAborted))
        {
            return Forbid();
        }
        Input.InstanceId = id;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = "Le membre est ajouté.";
        return Redirect($"/gouvernance/instances/{id}/membres");
    }

    public async Task<IActionResult> OnPostEndAsync(Guid id, Guid membershipId, DateOnly? leftOn)
    {
        if (!await access.CanEditInstanceAsync(id, HttpContext.RequestAborted))
        {
            return Forbid();
        }
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        await mediator.Send(new EndMembership { InstanceId = id, MembershipId = membershipId, LeftOn = leftOn }, HttpContext.RequestAborted);
        TempData["Message"] = "La fin de participation est enregistrée.";
        return Redirect($"/gouvernance/instances/{id}/membres");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var data = await mediator.Send(new Query(id), HttpContext.RequestAborted);
        if (data is null)
        {
            return false;
        }
        Data = data;
        Persons = await mediator.Send(new ListPersonChoices(), HttpContext.RequestAborted);
        ViewData.SetTrail("Membres", new Breadcrumb("Gouvernance", "/gouvernance"), new Breadcrumb(data.InstanceName, $"/gouvernance/instances/{id}"));
        return true;
    }

    public sealed record Query(Guid InstanceId) : IRequest<Result?>;

    public sealed record Result(string InstanceName, IReadOnlyList<Row> Members);

    public sealed record Row(Guid MembershipId, Guid PersonId, string Name, string? Organisation, MemberRole Role, DateOnly JoinedOn, DateOnly? LeftOn);

    internal sealed class QueryHandler(GovernanceDbContext db) : IRequestHandler<Query, Result?>
    {
        public async Task<Result?> Handle(Query request, CancellationToken cancellationToken)
        {
            var name = await db.Instances.Where(i => i.Id == request.InstanceId).Select(i => i.Name).FirstOrDefaultAsync(cancellationToken);
            if (name is null)
            {
                return null;
            }
            var comparer = French.Comparer;
            var members = await db.Memberships.AsNoTracking()
                .Where(m => m.InstanceId == request.InstanceId)
                .Select(m => new Row(m.Id, m.PersonId,
                    m.Person.AnonymisedAt != null ? Person.AnonymousName : m.Person.LastName + " " + m.Person.FirstName,
                    m.Person.Organisation!.Name, m.Role, m.JoinedOn, m.LeftOn))
                .ToListAsync(cancellationToken);
            return new Result(name,
                members.OrderBy(m => m.LeftOn is null ? 0 : 1).ThenBy(m => m.Role).ThenBy(m => m.Name, comparer).ToList());
        }
    }

    public sealed class AddMember : ICommand
    {
        public Guid InstanceId { get; set; }

        [Required(ErrorMessage = "Choisissez une personne de l'annuaire.")]
        [Display(Name = "Personne")]
        public Guid? PersonId { get; set; }

        [Display(Name = "Rôle dans l'instance")]
        public MemberRole Role { get; set; } = MemberRole.Membre;

        [Required(ErrorMessage = "Indiquez la date d'entrée dans l'instance.")]
        [Display(Name = "Membre depuis le")]
        public DateOnly? JoinedOn { get; set; }
    }

    internal sealed class AddMemberValidator(GovernanceDbContext db) : IValidator<AddMember>
    {
        public IEnumerable<ValidationError> Validate(AddMember request)
        {
            if (request.PersonId is not { } personId || request.JoinedOn is not { } joined)
            {
                yield break;
            }
            var person = db.Persons.AsNoTracking().FirstOrDefault(p => p.Id == personId);
            if (person is null || person.IsAnonymised)
            {
                yield return new ValidationError(nameof(AddMember.PersonId), "Cette personne n'est plus dans l'annuaire.");
            }
            else if (db.Memberships.Any(m => m.InstanceId == request.InstanceId && m.PersonId == personId && (m.LeftOn == null || m.LeftOn >= joined)))
            {
                yield return new ValidationError(nameof(AddMember.PersonId), $"{person.DisplayName} est déjà membre de cette instance à cette date.");
            }
        }
    }

    internal sealed class AddMemberHandler(GovernanceDbContext db) : IRequestHandler<AddMember, Unit>
    {
        public async Task<Unit> Handle(AddMember request, CancellationToken cancellationToken)
        {
            db.Memberships.Add(new Membership
            {
                Id = Guid.NewGuid(),
                InstanceId = request.InstanceId,
                PersonId = request.PersonId!.Value,
                Role = request.Role,
                JoinedOn = request.JoinedOn!.Value,
            });
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }

    public sealed class EndMembership : ICommand
    {
        public Guid InstanceId { get; set; }
        public Guid MembershipId { get; set; }
        public DateOnly? LeftOn { get; set; }
    }

    internal sealed class EndMembershipHandler(GovernanceDbContext db) : IRequestHandler<EndMembership, Unit>
    {
        public async Task<Unit> Handle(EndMembership request, CancellationToken cancellationToken)
        {
            var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == request.MembershipId && m.InstanceId == request.InstanceId, cancellationToken)
                ?? throw new InvalidInputException("", "Ce membre n'appartient pas à cette instance.");
            if (request.LeftOn is not { } left)
            {
                throw new InvalidInputException("", "Indiquez la date de fin de participation.");
            }
            if (left < membership.JoinedOn)
            {
                throw new InvalidInputException("", $"La fin de participation ne peut pas précéder l'entrée ({membership.JoinedOn:dd/MM/yyyy}).");
            }
            membership.LeftOn = left;
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
