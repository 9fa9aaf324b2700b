using Ctg.Host.Data;
using Ctg.Sdk;

namespace Ctg.Host.Web;

/// <summary><c>/health</c>: database reachable, and each module's state, as JSON for deployment checks.</summary>
public static class Health
{
    public static void MapHealth(this WebApplication app) =>
        app.MapGet("/health", async (HostDbContext db, IModuleRegistry modules, CancellationToken cancellationToken) =>
        {
            bool reachable;
            try
            {
                reachable = await db.Database.CanConnectAsync(cancellationToken);
            }
            catch (Exception)
            {
                reachable = false;
            }
            var body = new
            {
                status = !reachable ? "indisponible" : modules.Modules.Any(m => m.State == ModuleState.Failed) ? "dégradé" : "ok",
                database = reachable ? "ok" : "injoignable",
                modules = modules.Modules.Select(m => new
                {
                    id = m.Id,
                    name = m.DisplayName,
                    version = m.Version,
                    state = m.State switch
                    {
                        ModuleState.Enabled => "enabled",
                        ModuleState.Disabled => "disabled",
                        _ => "failed",
                    },
                    reason = m.FailureReason,
                }),
            };
            return Results.Json(body, statusCode: reachable ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous();
}
