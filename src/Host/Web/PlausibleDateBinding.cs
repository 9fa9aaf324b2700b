using Ctg.Sdk;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Ctg.Host.Web;

/// <summary>
/// Every date a form or an address sends, in every module, bound as usual and then held to
/// <see cref="PlausibleDates"/>: a date outside is an error next to its field, as an unreadable one is, and
/// the page never receives it.
/// </summary>
public sealed class PlausibleDateBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = context.Metadata.UnderlyingOrModelType;
        if (type != typeof(DateOnly) && type != typeof(DateTime) && type != typeof(DateTimeOffset))
        {
            return null;
        }
        var loggers = context.Services.GetRequiredService<ILoggerFactory>();
        return new PlausibleDateBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, loggers));
    }
}

public sealed class PlausibleDateBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        if (!bindingContext.Result.IsModelSet || DateOf(bindingContext.Result.Model) is not { } date)
        {
            return;
        }
        var today = bindingContext.HttpContext.RequestServices.GetRequiredService<IClock>().Today;
        if (PlausibleDates.Check(date, today) is { } message)
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, message);
            bindingContext.Result = ModelBindingResult.Failed();
        }
    }

    private static DateOnly? DateOf(object? model) => model switch
    {
        DateOnly date => date,
        DateTime time => DateOnly.FromDateTime(time),
        DateTimeOffset time => DateOnly.FromDateTime(time.Date),
        _ => null,
    };
}
