using System.ComponentModel.DataAnnotations;
using Ctg.Modules.Dispositifs.Data;
using Ctg.Modules.Dispositifs.Domain;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Dispositifs.Pages;

/// <summary>Edits a dispositif, its status included; a save over a version changed meanwhile is refused.</summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class ModifierModel(IMediator mediator, DispositifsDbContext db) : PageModel
{
    [BindProperty]
    public Command Input { get; set; } = new();

    /// <summary>The name as saved, for the title and the breadcrumb while the form may hold another one.</summary>
    public string SavedName { get; private set; } = "";

    /// <summary>A kind saved before the list stopped offering it, kept as a choice so that an edit does not change it unseen.</summary>
    public string? SavedKind { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var dispositif = await db.Dispositifs.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, HttpContext.RequestAborted);
        if (dispositif is null)
        {
            return NotFound();
        }
        Input = new Command
        {
            Id = id,
            Version = dispositif.Version,
            Kind = dispositif.Kind,
            Name = dispositif.Name,
            Start = dispositif.Start,
            End = dispositif.End,
            Status = dispositif.Status,
            Description = dispositif.Description,
        };
        Prepare(id, dispositif.Name, dispositif.Kind);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var saved = await db.Dispositifs.AsNoTracking().Where(d => d.Id == id).Select(d => new { d.Name, d.Kind }).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (saved is null)
        {
            return NotFound();
        }
        Input.Id = id;
        Prepare(id, saved.Name, saved.Kind);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"Le dispositif « {Input.Name.Trim()} » est enregistré.";
        return Redirect($"/dispositifs/{id}");
    }

    private void Prepare(Guid id, string name, string kind)
    {
        SavedName = name;
        SavedKind = DispositifKinds.All.Any(k => k.Code == kind) ? null : kind;
        ViewData.SetTrail("Modifier", new Breadcrumb("Dispositifs", "/dispositifs"), new Breadcrumb(name, $"/dispositifs/{id}"));
    }

    public sealed class Command : DispositifFields, ICommand
    {
        public Guid Id { get; set; }

        /// <summary>The version the form was read at.</summary>
        public int Version { get; set; }
    }

    internal sealed class Validator : IValidator<Command>
    {
        public IEnumerable<ValidationError> Validate(Command request)
        {
            // The kind is checked by the handler, which knows the kind already saved.
            foreach (var error in DispositifRules.Check(request.Kind, request.Start, request.End).Where(e => e.Field != nameof(Command.Kind)))
            {
                yield return error;
            }
            if (!Enum.IsDefined(request.Status))
            {
                yield return new ValidationError(nameof(Command.Status), "Choisissez un état dans la liste.");
            }
        }
    }

    internal sealed class Handler(DispositifsDbContext db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var dispositif = await db.Dispositifs.FirstOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
                ?? throw new InvalidInputException("", "Ce dispositif n'existe plus.");
            // The version the form was read at: a save over a newer one fails instead of overwriting it.
            db.Entry(dispositif).Property(d => d.Version).OriginalValue = request.Version;
            if (DispositifRules.Check(request.Kind, null, null, dispositif.Kind).ToList() is { Count: > 0 } errors)
            {
                throw new InvalidInputException(errors);
            }
            dispositif.Kind = request.Kind;
            dispositif.Name = request.Name.Trim();
            dispositif.Start = request.Start;
            dispositif.End = request.End;
            dispositif.Status = request.Status;
            dispositif.Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
