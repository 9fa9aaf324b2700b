using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Ctg.Host.Web;

/// <summary>
/// French default messages for validation attributes that do not carry their own, including the
/// [Required] that MVC adds by itself to non-nullable properties: no English message reaches a form.
/// </summary>
public sealed class FrenchValidationMessages : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        // MVC marks non-nullable value types (bool, enums, numbers) as required with an English message
        // unless a [Required] is already there: give them a French one.
        var type = context.Key.ModelType;
        if (context.Key.MetadataKind == ModelMetadataKind.Property && type.IsValueType && Nullable.GetUnderlyingType(type) is null
            && !context.ValidationMetadata.ValidatorMetadata.OfType<RequiredAttribute>().Any())
        {
            context.ValidationMetadata.ValidatorMetadata.Add(new RequiredAttribute());
        }
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is not null || attribute.ErrorMessageResourceName is not null)
            {
                continue;
            }
            attribute.ErrorMessage = attribute switch
            {
                RequiredAttribute => "Le champ « {0} » est obligatoire.",
                StringLengthAttribute { MinimumLength: > 0 } => "Le champ « {0} » doit contenir entre {2} et {1} caractères.",
                StringLengthAttribute => "Le champ « {0} » ne doit pas dépasser {1} caractères.",
                MaxLengthAttribute => "Le champ « {0} » ne doit pas dépasser {1} caractères.",
                MinLengthAttribute => "Le champ « {0} » doit contenir au moins {1} caractères.",
                RangeAttribute => "Le champ « {0} » doit être compris entre {1} et {2}.",
                EmailAddressAttribute => "Le champ « {0} » doit être une adresse électronique valide.",
                PhoneAttribute => "Le champ « {0} » doit être un numéro de téléphone valide.",
                UrlAttribute => "Le champ « {0} » doit être une adresse web complète (http:// ou https://).",
                CompareAttribute => "Les champs « {0} » et « {1} » ne correspondent pas.",
                RegularExpressionAttribute => "Le format du champ « {0} » n'est pas valide.",
                _ => "Le champ « {0} » n'est pas valide.",
            };
        }
    }
}
