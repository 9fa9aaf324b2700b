using Ctg.Sdk;

namespace Ctg.Host.Web;

/// <summary>Until an intercommunalité is chosen, every page leads to the installation page.</summary>
public sealed class InstallationGate(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ITerritoryContext territory)
    {
        var path = context.Request.Path;
        var open = path.StartsWithSegments("/installation") || path.StartsWithSegments("/health")
            || path.StartsWithSegments("/Error") || path.StartsWithSegments("/lib") || path.StartsWithSegments("/css") || path.StartsWithSegments("/js");
        if (!open && await territory.GetAsync(context.RequestAborted) is null)
        {
            context.Response.Redirect("/installation");
            return;
        }
        await next(context);
    }
}
