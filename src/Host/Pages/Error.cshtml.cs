using System.Diagnostics;
using Ctg.Host.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Host.Pages;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int StatusCodeShown { get; private set; }
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";
    public string? RequestId { get; private set; }

    /// <summary>Described whatever the method of the failed request, which the error page is shown again for.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context) =>
        Describe(int.TryParse(Request.Query["code"], out var code) ? code : null);

    private void Describe(int? code)
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (CtgPageFilter.Unavailable(exception) is not null)
        {
            StatusCodeShown = StatusCodes.Status503ServiceUnavailable;
            Heading = "Module désactivé";
            Explanation = "Cette page a besoin d'un module qui n'est pas activé sur cette plateforme. L'administrateur peut l'activer dans la configuration.";
        }
        else if (code == StatusCodes.Status404NotFound)
        {
            StatusCodeShown = code.Value;
            Heading = "Page introuvable";
            Explanation = "Cette adresse ne correspond à aucune page. Le module qui la proposait est peut-être désactivé.";
        }
        else if (code == StatusCodes.Status400BadRequest)
        {
            StatusCodeShown = code.Value;
            Heading = "Formulaire expiré";
            Explanation = "Le formulaire n'a pas pu être pris en compte : il a peut-être été ouvert il y a longtemps, ou dans une autre session. Rien n'a été enregistré ; rechargez la page et recommencez.";
        }
        else if (code == StatusCodes.Status405MethodNotAllowed)
        {
            StatusCodeShown = code.Value;
            Heading = "Action impossible sur cette page";
            Explanation = "Cette page ne reçoit pas de formulaire : la demande n'a pas été prise en compte et rien n'a été enregistré. Revenez à la page précédente et recommencez depuis ses boutons.";
        }
        else if (code == StatusCodes.Status403Forbidden)
        {
            StatusCodeShown = code.Value;
            Heading = "Accès refusé";
            Explanation = "Votre rôle ne permet pas d'ouvrir cette page.";
        }
        else
        {
            StatusCodeShown = code ?? StatusCodes.Status500InternalServerError;
            Heading = "Une erreur s'est produite";
            Explanation = "L'opération n'a pas abouti et rien n'a été enregistré à moitié. Réessayez ; si l'erreur persiste, transmettez la référence ci-dessous à l'administrateur.";
        }
        if (exception is not null)
        {
            Response.StatusCode = StatusCodeShown;
        }
        ViewData.SetTrail(Heading);
    }
}
