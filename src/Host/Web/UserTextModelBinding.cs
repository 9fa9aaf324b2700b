using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Ctg.Host.Web;

/// <summary>
/// Every string that a page of the host or of a module binds (form fields, query, route) goes through the
/// Sdk's <see cref="UserText"/> rule, in this one place: no form can store a control character, whichever
/// module it belongs to. Passwords are left exactly as typed, and so are strings read from a request body or
/// by a binder of their own.
/// </summary>
public sealed class UserTextModelBinderProvider : IModelBinderProvider
{
    /// <summary>Before the framework's binder of simple types, which would otherwise bind strings.</summary>
    public static void Register(IList<IModelBinderProvider> providers)
    {
        var simpleTypes = providers.Select((p, i) => (p, i)).FirstOrDefault(x => x.p is SimpleTypeModelBinderProvider);
        providers.Insert(simpleTypes.p is null ? 0 : simpleTypes.i, new UserTextModelBinderProvider());
    }

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var metadata = context.Metadata;
        if (metadata.ModelType != typeof(string)
            || metadata.DataTypeName == nameof(DataType.Password)
            || context.BindingInfo.BinderType is not null
            || context.BindingInfo.BindingSource is { } source && (source == BindingSource.Body || source == BindingSource.Services))
        {
            return null;
        }
        return new UserTextModelBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()));
    }
}

/// <summary>Binds a string as the framework does, then cleans it.</summary>
public sealed class UserTextModelBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        if (!bindingContext.Result.IsModelSet || bindingContext.Result.Model is not string text)
        {
            return;
        }
        // A browser never sends a line break from a one-line field (it strips them): a text without any came
        // from one, and Word's line breaks pasted into it (vertical tabs) become spaces rather than lines.
        var cleaned = text.AsSpan().IndexOfAny('\r', '\n') < 0 ? UserText.Line(text)! : UserText.Clean(text)!;
        bindingContext.Result = ModelBindingResult.Success(
            cleaned.Length == 0 && bindingContext.ModelMetadata.ConvertEmptyStringToNull ? null : cleaned);
    }
}
