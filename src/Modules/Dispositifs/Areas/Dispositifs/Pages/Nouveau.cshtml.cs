using System.ComponentModel.DataAnnotations;
using Ctg.Modules.Dispositifs.Data;
using Ctg.Modules.Dispositifs.Domain;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Modules.Dispositifs.Pages;

[Authorize(Policy = Policies.Coordination)]
public sealed class NouveauModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public Command Input { get; set; } = new();

    public void OnGet() => Trail();

    public async Task<IActionResult> OnPostAsync()
    {
        Trail();
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var id = await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"Le dispositif « {Input.Name.Trim()} » est enregistré.";
        return Redirect($"/dispositifs/{id}");
    }

    private void Trail() => ViewData.SetTrail("Nouveau dispositif", new Breadcrumb("Dispositifs", "/dispositifs"));

    public sealed class Command : DispositifFields, ICommand<Guid> { }

    internal sealed class Validator : IValidator<Command>
    {
        public IEnumerable<ValidationError> Validate(Command request) => DispositifRules.Check(request.Kind, request.Start, request.End);
    }

    internal sealed class Handler(DispositifsDbContext db) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var dispositif = new Dispositif
            {
                Id = Guid.NewGuid(),
                Kind = request.Kind,
                Name = request.Name.Trim(),
                Start = request.Start,
                End = request.End,
                Status = request.Status,
                Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim(),
            };
            db.Dispositifs.Add(dispositif);
            await db.SaveChangesAsync(cancellationToken);
            return dispositif.Id;
        }
    }
}
