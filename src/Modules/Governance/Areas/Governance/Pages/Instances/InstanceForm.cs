using System.ComponentModel.DataAnnotations;
using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;

namespace Ctg.Modules.Governance.Pages.Instances;

/// <summary>What an instance is, as the creation and the edit forms both ask it.</summary>
public abstract class InstanceForm
{
    [Required(ErrorMessage = "Donnez un nom à l'instance.")]
    [StringLength(200, ErrorMessage = "Le nom ne doit pas dépasser 200 caractères.")]
    [Display(Name = "Nom")]
    public string Name { get; set; } = "";

    [Display(Name = "Type d'instance")]
    public InstanceKind Kind { get; set; } = InstanceKind.Copil;

    [StringLength(100, ErrorMessage = "Le type ne doit pas dépasser 100 caractères.")]
    [Display(Name = "Nom du type, pour une autre instance (séminaire, forum citoyen…)")]
    public string? CustomKind { get; set; }

    [StringLength(200, ErrorMessage = "La thématique ne doit pas dépasser 200 caractères.")]
    [Display(Name = "Thématique")]
    public string? Theme { get; set; }

    [StringLength(2000, ErrorMessage = "L'objet ne doit pas dépasser 2 000 caractères.")]
    [Display(Name = "Objet")]
    public string? Purpose { get; set; }

    [Range(0, 52, ErrorMessage = "Le rythme attendu va de 0 à 52 séances par an.")]
    [Display(Name = "Séances attendues par an")]
    public int ExpectedSeancesPerYear { get; set; } = 1;

    [Display(Name = "Comptes rendus confidentiels (lisibles seulement par les membres et la coordination)")]
    public bool MinutesConfidential { get; set; }

    public void ApplyTo(Instance instance)
    {
        instance.Name = Name.Trim();
        instance.Kind = Kind;
        instance.CustomKind = Kind == InstanceKind.Autre && !string.IsNullOrWhiteSpace(CustomKind) ? CustomKind.Trim() : null;
        instance.Theme = string.IsNullOrWhiteSpace(Theme) ? null : Theme.Trim();
        instance.Purpose = string.IsNullOrWhiteSpace(Purpose) ? null : Purpose.Trim();
        instance.ExpectedSeancesPerYear = ExpectedSeancesPerYear;
        instance.MinutesConfidential = MinutesConfidential;
    }

    /// <summary>The instance being edited, or null for a new one (its own name is then not a duplicate).</summary>
    public virtual Guid? EditedId => null;

    internal sealed class Validator(GovernanceDbContext db) : IValidator<InstanceForm>
    {
        public IEnumerable<ValidationError> Validate(InstanceForm request)
        {
            var name = request.Name?.Trim() ?? "";
            if (name.Length > 0 && db.Instances.Any(i => i.Name == name && i.Id != request.EditedId))
            {
                yield return new ValidationError(nameof(Name), $"Une instance s'appelle déjà « {name} ».");
            }
            if (request.Kind == InstanceKind.Autre && string.IsNullOrWhiteSpace(request.CustomKind))
            {
                yield return new ValidationError(nameof(CustomKind), "Pour une autre instance, indiquez son type (séminaire, forum citoyen…).");
            }
        }
    }
}
