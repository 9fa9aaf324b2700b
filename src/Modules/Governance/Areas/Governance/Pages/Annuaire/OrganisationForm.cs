using System.ComponentModel.DataAnnotations;
using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Directory;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages.Annuaire;

/// <summary>What an organisation is, as the creation and the edit forms both ask it.</summary>
public abstract class OrganisationForm
{
    [Required(ErrorMessage = "Donnez le nom de l'organisation.")]
    [StringLength(200, ErrorMessage = "Le nom ne doit pas dépasser 200 caractères.")]
    [Display(Name = "Nom")]
    public string Name { get; set; } = "";

    [Display(Name = "Type d'organisation")]
    public OrganisationType Type { get; set; } = OrganisationType.Association;

    [StringLength(200, ErrorMessage = "L'adresse ne doit pas dépasser 200 caractères.")]
    [RegularExpression(DirectoryRules.EmailPattern, ErrorMessage = DirectoryRules.EmailMessage)]
    [Display(Name = "Courriel")]
    public string? Email { get; set; }

    [StringLength(40, ErrorMessage = "Le téléphone ne doit pas dépasser 40 caractères.")]
    [RegularExpression(DirectoryRules.PhonePattern, ErrorMessage = DirectoryRules.PhoneMessage)]
    [Display(Name = "Téléphone")]
    public string? Phone { get; set; }

    public void ApplyTo(Organisation organisation)
    {
        organisation.Name = DirectoryRules.Clean(Name);
        organisation.Type = Type;
        organisation.Email = DirectoryRules.CleanOrNull(Email);
        organisation.Phone = DirectoryRules.CleanOrNull(Phone);
    }

    /// <summary>
    /// Two organisations with one name would make the import and the person form ambiguous: "CAF de l'Yonne"
    /// and "caf de l’yonne" are the same name.
    /// </summary>
    internal static IEnumerable<ValidationError> Check(GovernanceDbContext db, OrganisationForm form, Guid? editedId)
    {
        var key = DirectoryRules.NameKey(form.Name ?? "");
        if (key.Length == 0)
        {
            yield break;
        }
        var same = db.Organisations.AsNoTracking()
            .Where(o => o.Id != editedId)
            .Select(o => o.Name)
            .AsEnumerable()
            .FirstOrDefault(name => DirectoryRules.NameKey(name) == key);
        if (same is not null)
        {
            yield return new ValidationError(nameof(Name), $"L'annuaire compte déjà l'organisation « {same} ».");
        }
    }
}
