using Ctg.Host.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Host.Pages;

public sealed class DeconnexionModel(SignInManager<CtgUser> signIn, ILogger<DeconnexionModel> logger) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    /// <summary>
    /// Removing the cookie from this browser is not enough: a copy of it (another tab, another device, a stolen
    /// one) would still open a session. A new security stamp makes every copy of this account's cookies void.
    /// </summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } user
            && await signIn.UserManager.UpdateSecurityStampAsync(user) is { Succeeded: false } failure)
        {
            logger.LogWarning("Déconnexion du compte {UserId} : ses autres sessions restent ouvertes ({Errors})",
                user.Id, string.Join(" ", failure.Errors.Select(e => e.Description)));
        }
        await signIn.SignOutAsync();
        TempData["Message"] = "Vous êtes déconnecté(e).";
        return Redirect("/connexion");
    }
}
