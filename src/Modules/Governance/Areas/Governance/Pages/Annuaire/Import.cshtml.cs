using System.Text;
using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Directory;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages.Annuaire;

/// <summary>
/// Imports persons from a CSV file in two steps: the preview shows what would be created and every error
/// with its line and column; the confirmation reads the same content again, checks it against the
/// directory as it is then, and saves all of it in one transaction, or nothing.
/// </summary>
[Authorize(Policy = Policies.Coordination)]
public sealed class ImportModel(IMediator mediator) : PageModel
{
    /// <summary>Shown in the preview; longer files are checked whole but not listed whole.</summary>
    public const int ShownRows = 200;

    [BindProperty]
    public Command Input { get; set; } = new();

    [BindProperty(Name = "fichier")]
    public IFormFile? Upload { get; set; }

    [BindProperty(Name = "texte")]
    public string? Pasted { get; set; }

    public ImportPreview? Preview { get; private set; }

    public string? FileName { get; private set; }

    public void OnGet() => Trail();

    public async Task<IActionResult> OnPostApercuAsync()
    {
        Trail();
        ModelState.Clear();
        DecodedText decoded;
        if (Upload is { Length: > 0 } file)
        {
            FileName = Path.GetFileName(file.FileName);
            decoded = file.Length > CsvText.MaxBytes ? DecodedText.Refused(CsvText.TooLarge) : CsvText.Decode(await ReadAsync(file));
        }
        else
        {
            decoded = CsvText.Check(Pasted);
        }
        if (decoded.Error is { } error)
        {
            Preview = ImportPreview.Refused(error);
            return Page();
        }
        Preview = await mediator.Send(new PreviewQuery(decoded.Text!), HttpContext.RequestAborted);
        Input.Content = Convert.ToBase64String(Encoding.UTF8.GetBytes(decoded.Text!));
        return Page();
    }

    public async Task<IActionResult> OnPostEnregistrerAsync()
    {
        Trail();
        if (Command.Decode(Input.Content) is not { } text)
        {
            Preview = ImportPreview.Refused("Le contenu à enregistrer est illisible : recommencez l'import depuis le fichier.");
            return Page();
        }
        // Checked again: the directory may have changed since the preview (an e-mail added meanwhile).
        Preview = await mediator.Send(new PreviewQuery(text), HttpContext.RequestAborted);
        if (!Preview.CanSave)
        {
            return Page();
        }
        var result = await mediator.Send(Input, HttpContext.RequestAborted);
        TempData["Message"] = $"Import terminé : {result.Persons} personne(s) ajoutée(s) à l'annuaire"
            + (result.Organisations > 0 ? $", {result.Organisations} organisation(s) créée(s)." : ".");
        return Redirect("/gouvernance/annuaire");
    }

    private static async Task<byte[]> ReadAsync(IFormFile file)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private void Trail() => ViewData.SetTrail("Importer des personnes",
        new Breadcrumb("Gouvernance", "/gouvernance"),
        new Breadcrumb("Annuaire", "/gouvernance/annuaire"));

    /// <summary>What the directory holds now, for the parser.</summary>
    internal static async Task<DirectorySnapshot> SnapshotAsync(GovernanceDbContext db, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking()
            .Select(o => new ExistingOrganisation(o.Id, o.Name, o.Type))
            .ToListAsync(cancellationToken);
        var emails = await db.Persons.AsNoTracking()
            .Where(p => p.Email != null)
            .Select(p => p.Email!)
            .ToListAsync(cancellationToken);
        return new DirectorySnapshot(organisations, emails);
    }

    public sealed record PreviewQuery(string Text) : IRequest<ImportPreview>;

    internal sealed class PreviewHandler(GovernanceDbContext db) : IRequestHandler<PreviewQuery, ImportPreview>
    {
        public async Task<ImportPreview> Handle(PreviewQuery request, CancellationToken cancellationToken) =>
            PersonCsvImport.Parse(request.Text, await SnapshotAsync(db, cancellationToken));
    }

    public sealed record Imported(int Persons, int Organisations);

    public sealed class Command : ICommand<Imported>
    {
        /// <summary>The text of the file, in base 64 so that a hidden field carries its line breaks intact.</summary>
        public string? Content { get; set; }

        public static string? Decode(string? content)
        {
            if (string.IsNullOrEmpty(content))
            {
                return null;
            }
            try
            {
                return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Convert.FromBase64String(content));
            }
            catch (Exception exception) when (exception is FormatException or DecoderFallbackException)
            {
                return null;
            }
        }
    }

    internal sealed class Handler(GovernanceDbContext db) : IRequestHandler<Command, Imported>
    {
        public async Task<Imported> Handle(Command request, CancellationToken cancellationToken)
        {
            var text = Command.Decode(request.Content)
                ?? throw new InvalidInputException("", "Le contenu à enregistrer est illisible : recommencez l'import depuis le fichier.");
            var preview = PersonCsvImport.Parse(text, await SnapshotAsync(db, cancellationToken));
            if (!preview.CanSave)
            {
                throw new InvalidInputException(preview.Errors.Select(e => new ValidationError("", e.Text)).DefaultIfEmpty(
                    new ValidationError("", "Le fichier ne contient aucune personne à importer.")).ToList());
            }
            var created = new Dictionary<string, Guid>();
            foreach (var organisation in preview.NewOrganisations)
            {
                var id = Guid.NewGuid();
                db.Organisations.Add(new Organisation { Id = id, Name = organisation.Name, Type = organisation.Type });
                created[DirectoryRules.NameKey(organisation.Name)] = id;
            }
            foreach (var row in preview.Persons)
            {
                db.Persons.Add(new Person
                {
                    Id = Guid.NewGuid(),
                    FirstName = row.FirstName,
                    LastName = row.LastName,
                    Function = row.Function,
                    Email = row.Email,
                    Phone = row.Phone,
                    Interests = row.Interests,
                    OrganisationId = row.NewOrganisation ? created[DirectoryRules.NameKey(row.OrganisationName!)] : row.OrganisationId,
                });
            }
            await db.SaveChangesAsync(cancellationToken);
            return new Imported(preview.Persons.Count, preview.NewOrganisations.Count);
        }
    }
}
