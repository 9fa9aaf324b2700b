using Ctg.Sdk;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Host.Web;

/// <summary>
/// Turns the exceptions a form can expect into what a person can act on, once for every page of every
/// module: validation errors next to their fields, a concurrent edit as a message, a disabled module as
/// "module désactivé". The page is shown again with what was typed. A form sent to a page that has no handler
/// for it is refused with 405 before the page runs: rendering it would show a page whose data was never loaded.
/// </summary>
public sealed class CtgPageFilter : IAsyncPageFilter
{
    public const string ConcurrencyMessage =
        "Cet élément a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert : rechargez la page pour voir sa version actuelle, puis refaites votre modification.";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (NoHandlerFor(context))
        {
            var allowed = context.ActionDescriptor.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).Append("GET").Distinct();
            context.HttpContext.Response.Headers.Allow = string.Join(", ", allowed);
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled || context.HandlerInstance is not PageModel page)
        {
            return;
        }
        var exception = executed.Exception;
        switch (exception)
        {
            case InvalidInputException validation:
                var prefix = FormPrefix(page);
                foreach (var error in validation.Errors)
                {
                    page.ModelState.AddModelError(error.Field.Length == 0 ? "" : prefix + error.Field, error.Message);
                }
                break;
            case DbUpdateConcurrencyException:
                page.ModelState.AddModelError("", ConcurrencyMessage);
                break;
            case var _ when Unavailable(exception) is { } unavailable:
                page.ModelState.AddModelError("", $"Module désactivé : cette action a besoin d'un module qui n'est pas activé sur cette plateforme ({unavailable.RequestType.Name}).");
                break;
            default:
                return;
        }
        executed.ExceptionHandled = true;
        executed.Result = new PageResult();
        if (page is IReloadOnError reload)
        {
            await reload.ReloadAsync(context.HttpContext.RequestAborted);
        }
    }

    /// <summary>
    /// A request other than GET or HEAD that no handler of the page answers. The error pages, shown again for a
    /// failed request of any method, are left alone.
    /// </summary>
    private static bool NoHandlerFor(PageHandlerExecutingContext context)
    {
        var http = context.HttpContext;
        return context.HandlerMethod is null
            && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            && http.Features.Get<IStatusCodeReExecuteFeature>() is null
            && http.Features.Get<IExceptionHandlerFeature>() is null;
    }

    public static ModuleUnavailableException? Unavailable(Exception? exception) => exception switch
    {
        null => null,
        ModuleUnavailableException unavailable => unavailable,
        _ => Unavailable(exception.InnerException),
    };

    /// <summary>Pages bind their form to a property named Input (or Form); field names are prefixed with it.</summary>
    private static string FormPrefix(PageModel page) =>
        page.GetType().GetProperty("Input") is not null ? "Input." : page.GetType().GetProperty("Form") is not null ? "Form." : "";
}

/// <summary>A page that must reload what it displays (lists, choices) before it is shown again with errors.</summary>
public interface IReloadOnError
{
    Task ReloadAsync(CancellationToken cancellationToken);
}
