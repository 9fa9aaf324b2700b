using Ctg.Sdk;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Host.Pages.Admin;

public sealed class ModulesModel(IModuleRegistry registry) : PageModel
{
    public IReadOnlyList<ModuleInfo> Modules => registry.Modules;

    public void OnGet() => ViewData.SetTrail("Modules", new Breadcrumb("Administration"));
}
