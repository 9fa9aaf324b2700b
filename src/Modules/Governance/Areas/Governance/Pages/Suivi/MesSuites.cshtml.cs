using Ctg.Modules.Governance.Access;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Modules.Governance.Pages.Suivi;

/// <summary>
/// "Mes suites à donner": the open follow-ups whose owner is the directory person linked to the signed-in
/// account. Without such a link, the page says how to make it.
/// </summary>
public sealed class MesSuitesModel(IMediator mediator, GovernanceAccess access) : PageModel
{
    public bool Linked { get; private set; }

    public IndexModel.Result? Data { get; private set; }

    public async Task OnGetAsync()
    {
        ViewData.SetTrail("Mes suites à donner", new Breadcrumb("Gouvernance", "/gouvernance"), new Breadcrumb("Suites à donner", "/gouvernance/suivi"));
        if (await access.CurrentPersonIdAsync(HttpContext.RequestAborted) is not { } personId)
        {
            return;
        }
        Linked = true;
        Data = await mediator.Send(new IndexModel.Query(null, personId, 1, WithFilters: false), HttpContext.RequestAborted);
    }
}
