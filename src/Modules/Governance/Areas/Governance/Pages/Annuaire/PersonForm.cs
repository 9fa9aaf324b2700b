using System.ComponentModel.DataAnnotations;
using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Directory;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages.Annuaire;

/// <summary>Who a person is, as the creation and the edit forms both ask it.</summary>
public abstract class PersonForm
{
    [Required(ErrorMessage = "Le prénom est obligatoire.")]
    [StringLength(100, ErrorMessage = "Le prénom ne doit pas dépasser 100 caractères.")]
    [Display(Name = "Prénom")]
    public string FirstName { get; set; } = "";

    [Required(ErrorMessage = "Le nom est obligatoire.")]
    [StringLength(100, ErrorMessage = "Le nom ne doit pas dépasser 100 caractères.")]
    [Display(Name = "Nom")]
    public string LastName { get; set; } = "";

    [StringLength(200, ErrorMessage = "La fonction ne doit pas dépasser 200 caractères.")]
    [Display(Name = "Fonction")]
    public string? Function { get; set; }

    [Display(Name = "Organisation")]
    public Guid? OrganisationId { get; set; }

    [StringLength(200, ErrorMessage = "L'adresse ne doit pas dépasser 200 caractères.")]
    [RegularExpression(DirectoryRules.EmailPattern, ErrorMessage = DirectoryRules.EmailMessage)]
    [Display(Name = "Courriel")]
    public string? Email { get; set; }

    [StringLength(40, ErrorMessage = "Le téléphone ne doit pas dépasser 40 caractères.")]
    [RegularExpression(DirectoryRules.PhonePattern, ErrorMessage = DirectoryRules.PhoneMessage)]
    [Display(Name = "Téléphone")]
    public string? Phone { get; set; }

    [StringLength(500, ErrorMessage = "Les thématiques ne doivent pas dépasser 500 caractères.")]
    [Display(Name = "Thématiques d'intérêt, séparées par « ; »")]
    public string? Interests { get; set; }

    public void ApplyTo(Person person)
    {
        person.FirstName = DirectoryRules.Clean(FirstName);
        person.LastName = DirectoryRules.Clean(LastName);
        person.Function = DirectoryRules.CleanOrNull(Function);
        person.OrganisationId = OrganisationId;
        person.Email = DirectoryRules.CleanOrNull(Email);
        person.Phone = DirectoryRules.CleanOrNull(Phone);
        person.Interests = DirectoryRules.CleanInterests(Interests);
    }

    internal static IEnumerable<ValidationError> Check(GovernanceDbContext db, PersonForm form, Guid? editedId)
    {
        if (form.OrganisationId is { } organisationId && !db.Organisations.Any(o => o.Id == organisationId))
        {
            yield return new ValidationError(nameof(OrganisationId), "Cette organisation n'est plus dans l'annuaire : choisissez-en une autre.");
        }
        if (DirectoryRules.CleanOrNull(form.Email) is { } email)
        {
            var key = DirectoryRules.EmailKey(email);
            var owner = db.Persons.AsNoTracking()
                .Where(p => p.Id != editedId && p.Email != null && p.Email.ToLower() == key)
                .Select(p => new { p.FirstName, p.LastName })
                .FirstOrDefault();
            if (owner is not null)
            {
                yield return new ValidationError(nameof(Email), $"Cette adresse est déjà celle de {DirectoryRules.Clean(owner.FirstName + " " + owner.LastName)} dans l'annuaire.");
            }
        }
        if ((DirectoryRules.CleanInterests(form.Interests)?.Length ?? 0) > 500)
        {
            yield return new ValidationError(nameof(Interests), "Les thématiques ne doivent pas dépasser 500 caractères.");
        }
    }
}

/// <summary>The organisations a person can be attached to, for the form's list.</summary>
public sealed record OrganisationChoice(Guid Id, string Name, OrganisationType Type)
{
    internal static async Task<IReadOnlyList<OrganisationChoice>> LoadAsync(GovernanceDbContext db, CancellationToken cancellationToken) =>
        (await db.Organisations.AsNoTracking()
            .Select(o => new OrganisationChoice(o.Id, o.Name, o.Type))
            .ToListAsync(cancellationToken))
        .OrderBy(o => o.Type)
        .ThenBy(o => o.Name, French.Comparer)
        .ToList();
}
