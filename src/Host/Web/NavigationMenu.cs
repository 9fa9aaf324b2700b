using System.Security.Claims;
using Ctg.Host.Plugins;
using Ctg.Sdk;
using Microsoft.AspNetCore.Authorization;

namespace Ctg.Host.Web;

/// <summary>The main navigation: the entries of the enabled modules that the user may open.</summary>
public sealed class NavigationMenu(PluginCatalog catalog, IAuthorizationService authorization)
{
    public async Task<IReadOnlyList<NavigationEntry>> ForAsync(ClaimsPrincipal user)
    {
        var entries = new List<NavigationEntry>();
        foreach (var entry in catalog.Enabled.SelectMany(m => m.Module.Navigation).OrderBy(e => e.Order))
        {
            if ((await authorization.AuthorizeAsync(user, entry.Policy)).Succeeded)
            {
                entries.Add(entry);
            }
        }
        return entries;
    }
}
