using Ctg.Host.Hosting;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Ctg.Host.Web;

/// <summary>The framework's own messages and culture, in French.</summary>
public static class FrenchModelBinding
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetValueMustNotBeNullAccessor(_ => "Ce champ est obligatoire.");
        messages.SetMissingBindRequiredValueAccessor(name => $"Le champ « {name} » est obligatoire.");
        messages.SetMissingKeyOrValueAccessor(() => "Une valeur est obligatoire.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Le formulaire est vide.");
        messages.SetAttemptedValueIsInvalidAccessor((value, name) => $"« {value} » n'est pas une valeur valide pour « {name} ».");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"« {value} » n'est pas une valeur valide.");
        messages.SetUnknownValueIsInvalidAccessor(name => $"La valeur saisie pour « {name} » n'est pas valide.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "La valeur saisie n'est pas valide.");
        messages.SetValueIsInvalidAccessor(value => $"« {value} » n'est pas valide.");
        messages.SetValueMustBeANumberAccessor(name => $"Le champ « {name} » doit être un nombre.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "La valeur doit être un nombre.");
    }
}

public static class FrenchCulture
{
    /// <summary>fr-FR for every request, whatever the browser asks: dates dd/MM/yyyy, numbers 1 234,5.</summary>
    public static void UseFrenchCulture(this WebApplication app)
    {
        System.Globalization.CultureInfo.DefaultThreadCurrentCulture = French.Culture;
        System.Globalization.CultureInfo.DefaultThreadCurrentUICulture = French.Culture;
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(French.Culture),
            SupportedCultures = [French.Culture],
            SupportedUICultures = [French.Culture],
            RequestCultureProviders = [],
        });
    }
}
