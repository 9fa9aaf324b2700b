using Ctg.Modules.Governance.Directory;
using Ctg.Modules.Governance.Access;
using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Ctg.Modules.Governance.Seances;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages.Seances;

/// <summary>
/// The attendance of a séance, saved in one go: each convened member présent, excusé, absent or représenté
/// (by whom), and the guests who are not members, added or removed.
/// </summary>
public sealed class EmargementModel(IMediator mediator, GovernanceAccess access) : PageModel
{
    /// <summary>How many guests the form lets one add at a time.</summary>
    public const int NewGuestSlots = 3;

    [BindProperty]
    public Command Input { get; set; } = new();

    public SeanceSheet Sheet { get; private set; } = null!;
    public IReadOnlyList<PersonChoice> Persons { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareAsync(id) is { } refusal)
        {
            return refusal;
        }
        Input = new Command
        {
            SeanceId = id,
            Version = Sheet.Version,
            Members = Sheet.Convened.Select(a => new MemberRow { AttendanceId = a.Id, Status = a.Status, RepresentedById = a.RepresentedById }).ToList(),
            Guests = Sheet.Guests.Select(a => new GuestRow { AttendanceId = a.Id, Status = a.Status ?? AttendanceStatus.Present }).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PrepareAsync(id) is { } refusal)
        {
            return refusal;
        }
        Input.SeanceId = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = "L'émargement est enregistré.";
        return Redirect($"/gouvernance/seances/{id}");
    }

    private async Task<IActionResult?> PrepareAsync(Guid id)
    {
        var (sheet, refusal) = await this.OpenForEditAsync(mediator, access, id, "Émargement");
        if (refusal is not null)
        {
            return refusal;
        }
        Sheet = sheet!;
        Persons = await mediator.Send(new ListPersonChoices(), HttpContext.RequestAborted);
        return null;
    }

    /// <summary>The row of the sheet a field of the form belongs to (the form may be posted again with errors).</summary>
    public AttendanceLine? Line(Guid attendanceId) => Sheet.Attendance.FirstOrDefault(a => a.Id == attendanceId);

    public sealed class Command : ICommand
    {
        public Guid SeanceId { get; set; }
        /// <summary>The séance's version when the sheet was opened: two people recording it at once do not overwrite each other.</summary>
        public int Version { get; set; }
        public List<MemberRow> Members { get; set; } = [];
        public List<GuestRow> Guests { get; set; } = [];
        public List<Guid?> NewGuests { get; set; } = [];
    }

    public sealed class MemberRow
    {
        public Guid AttendanceId { get; set; }
        public AttendanceStatus? Status { get; set; }
        public Guid? RepresentedById { get; set; }
    }

    public sealed class GuestRow
    {
        public Guid AttendanceId { get; set; }
        public AttendanceStatus Status { get; set; } = AttendanceStatus.Present;
        public bool Remove { get; set; }
    }

    internal sealed class Validator : IValidator<Command>
    {
        public IEnumerable<ValidationError> Validate(Command request)
        {
            for (var i = 0; i < request.Members.Count; i++)
            {
                if (request.Members[i].Status == AttendanceStatus.Represente && request.Members[i].RepresentedById is null)
                {
                    yield return new ValidationError($"Members[{i}].RepresentedById", "Choisissez la personne qui représente ce membre.");
                }
            }
        }
    }

    internal sealed class Handler(GovernanceDbContext db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var seance = await db.Seances.FirstOrDefaultAsync(s => s.Id == request.SeanceId, cancellationToken)
                ?? throw new InvalidInputException("", "Cette séance n'existe plus.");
            db.Entry(seance).Property(s => s.Version).OriginalValue = request.Version;
            db.Entry(seance).Property(s => s.Version).IsModified = true;
            var rows = await db.Attendances.Where(a => a.SeanceId == request.SeanceId).ToListAsync(cancellationToken);
            var errors = new List<ValidationError>();
            for (var i = 0; i < request.Members.Count; i++)
            {
                var input = request.Members[i];
                if (rows.FirstOrDefault(a => a.Id == input.AttendanceId && !a.IsGuest) is not { } row)
                {
                    continue;
                }
                if (input.Status == AttendanceStatus.Represente && input.RepresentedById == row.PersonId)
                {
                    errors.Add(new ValidationError($"Members[{i}].RepresentedById", "Un membre ne peut pas se représenter lui-même."));
                }
                row.Status = input.Status;
                row.RepresentedById = input.Status == AttendanceStatus.Represente ? input.RepresentedById : null;
            }
            foreach (var input in request.Guests)
            {
                if (rows.FirstOrDefault(a => a.Id == input.AttendanceId && a.IsGuest) is not { } row)
                {
                    continue;
                }
                if (input.Remove)
                {
                    db.Attendances.Remove(row);
                    rows.Remove(row);
                }
                else
                {
                    row.Status = input.Status == AttendanceStatus.Represente ? AttendanceStatus.Present : input.Status;
                }
            }
            var newGuests = request.NewGuests.Select((id, index) => (Id: id, Index: index)).Where(g => g.Id is not null).ToList();
            var ids = newGuests.Select(g => g.Id!.Value).Concat(request.Members.Select(m => m.RepresentedById).OfType<Guid>()).Distinct().ToList();
            var persons = await db.Persons.Include(p => p.Organisation).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
            for (var i = 0; i < request.Members.Count; i++)
            {
                if (request.Members[i] is { Status: AttendanceStatus.Represente, RepresentedById: { } representative } && !persons.ContainsKey(representative))
                {
                    errors.Add(new ValidationError($"Members[{i}].RepresentedById", "Cette personne n'est plus dans l'annuaire."));
                }
            }
            foreach (var (id, index) in newGuests)
            {
                var field = $"NewGuests[{index}]";
                if (!persons.TryGetValue(id!.Value, out var person))
                {
                    errors.Add(new ValidationError(field, "Cette personne n'est plus dans l'annuaire."));
                }
                else if (rows.Any(a => a.PersonId == person.Id))
                {
                    errors.Add(new ValidationError(field, $"{person.DisplayName} figure déjà sur la feuille d'émargement."));
                }
                else
                {
                    var guest = new Attendance
                    {
                        Id = Guid.NewGuid(),
                        SeanceId = request.SeanceId,
                        PersonId = person.Id,
                        IsGuest = true,
                        Status = AttendanceStatus.Present,
                        OrganisationId = person.OrganisationId,
                        OrganisationName = person.Organisation?.Name,
                        OrganisationType = person.Organisation?.Type,
                    };
                    db.Attendances.Add(guest);
                    rows.Add(guest);
                }
            }
            if (errors.Count > 0)
            {
                throw new InvalidInputException(errors);
            }
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
