using Ctg.Host.Plugins;
using Ctg.Sdk;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Host.Pages;

public sealed class IndexModel(ITerritoryContext territories, PluginCatalog catalog) : PageModel
{
    public Territory Territory { get; private set; } = null!;
    public IReadOnlyList<LoadedModule> Modules { get; } =
        catalog.Enabled.OrderBy(m => m.Module.Navigation.Select(e => e.Order).DefaultIfEmpty(int.MaxValue).Min()).ToList();

    public async Task OnGetAsync()
    {
        Territory = await territories.GetRequiredAsync(HttpContext.RequestAborted);
        ViewData["Title"] = "Accueil";
    }
}
