using System.Security.Claims;
using Ctg.Host.Data;
using Ctg.Sdk;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ctg.Host.Identity;

public static class CtgClaims
{
    public const string DisplayName = "ctg:nom";
    public const string Organisation = "ctg:organisation";
}

/// <summary>Puts the display name and organisation in the sign-in cookie, so pages need no query for them.</summary>
public sealed class CtgClaimsFactory(UserManager<CtgUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CtgUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CtgUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CtgClaims.DisplayName, user.DisplayName));
        if (!string.IsNullOrWhiteSpace(user.Organisation))
        {
            identity.AddClaim(new Claim(CtgClaims.Organisation, user.Organisation));
        }
        return identity;
    }
}

public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;
    public string? Id => IsAuthenticated ? Principal!.FindFirstValue(ClaimTypes.NameIdentifier) : null;
    public string? DisplayName => IsAuthenticated ? Principal!.FindFirstValue(CtgClaims.DisplayName) : null;
    public string? Email => IsAuthenticated ? Principal!.FindFirstValue(ClaimTypes.Email) ?? Principal!.FindFirstValue(ClaimTypes.Name) : null;
    public string? Organisation => IsAuthenticated ? Principal!.FindFirstValue(CtgClaims.Organisation) : null;
    public IReadOnlyList<string> Roles => IsAuthenticated ? Principal!.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList() : [];
    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;
}
