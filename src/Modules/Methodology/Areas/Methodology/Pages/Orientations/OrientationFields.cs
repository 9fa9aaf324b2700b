using System.ComponentModel.DataAnnotations;
using Ctg.Modules.Methodology.Data;

namespace Ctg.Modules.Methodology.Pages.Orientations;

/// <summary>What an orientation says, as the creation and the edit forms both ask it.</summary>
public abstract class OrientationFields
{
    [StringLength(500, ErrorMessage = "L'intitulé ne doit pas dépasser 500 caractères.")]
    [Display(Name = "Intitulé")]
    public string? Title { get; set; }

    [StringLength(MethodologyDbContext.LongText, ErrorMessage = "La description ne doit pas dépasser 20 000 caractères.")]
    [Display(Name = "Description")]
    public string? Description { get; set; }

    [Display(Name = "Adoptée le")]
    public DateOnly? AdoptedOn { get; set; }

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    internal sealed class Validator : IValidator<OrientationFields>
    {
        public IEnumerable<ValidationError> Validate(OrientationFields request)
        {
            if (string.IsNullOrWhiteSpace(request.Title))
            {
                yield return new ValidationError(nameof(Title), "Donnez l'intitulé de l'orientation.");
            }
            if (request.AdoptedOn is { Year: < 2000 or > 2100 })
            {
                yield return new ValidationError(nameof(AdoptedOn), "La date d'adoption doit être entre 2000 et 2100.");
            }
        }
    }
}
