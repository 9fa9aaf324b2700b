using System.Security.Claims;
using Ctg.Host.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ctg.Host.Identity;

/// <summary>
/// Checks, at every request that carries a session cookie, that its account still exists, is active and has the
/// security stamp the cookie was issued with. Sign-out, deactivation, a role change and a password change give
/// the account a new stamp, so every copy of its cookies is refused from the next request on, by every instance
/// that shares the database.
/// </summary>
/// <remarks>
/// Identity's SecurityStampValidator checks only once per interval, rebuilding the principal and re-issuing the
/// cookie each time; a shorter interval would multiply that work. Here each request costs one query by primary
/// key for two columns, and nothing is cached between requests, since another instance may change the account.
/// </remarks>
public static class SessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (!await IsCurrentAsync(context.Principal, context.HttpContext))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    private static async Task<bool> IsCurrentAsync(ClaimsPrincipal? principal, HttpContext http)
    {
        var claims = http.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var id = principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal?.FindFirstValue(claims.SecurityStampClaimType);
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(stamp))
        {
            return false;
        }
        var db = http.RequestServices.GetRequiredService<HostDbContext>();
        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new { u.SecurityStamp, u.IsActive })
            .SingleOrDefaultAsync(http.RequestAborted);
        return account is { IsActive: true } && string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal);
    }
}
