using System.ComponentModel.DataAnnotations;
using Ctg.Host.Data;
using Ctg.Sdk;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Host.Pages;

public sealed class ConnexionModel(SignInManager<CtgUser> signIn, UserManager<CtgUser> users, ILogger<ConnexionModel> logger) : PageModel
{
    [BindProperty]
    public SignInForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() => ViewData.SetTrail("Connexion");

    public async Task<IActionResult> OnPostAsync()
    {
        ViewData.SetTrail("Connexion");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is not null && !user.IsActive)
        {
            ModelState.AddModelError("", "Ce compte est désactivé. Adressez-vous à l'administrateur de la plateforme.");
            return Page();
        }
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Connexion de l'utilisateur {UserId}", user!.Id);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("Compte {UserId} verrouillé après des échecs de connexion", user!.Id);
            ModelState.AddModelError("", "Ce compte est verrouillé pour 15 minutes après plusieurs tentatives infructueuses.");
            return Page();
        }
        ModelState.AddModelError("", "Adresse électronique ou mot de passe incorrect.");
        return Page();
    }

    public sealed class SignInForm
    {
        [Required(ErrorMessage = "Indiquez votre adresse électronique.")]
        [EmailAddress(ErrorMessage = "Cette adresse électronique n'est pas valide.")]
        [Display(Name = "Adresse électronique")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Indiquez votre mot de passe.")]
        [DataType(DataType.Password)]
        [Display(Name = "Mot de passe")]
        public string Password { get; set; } = "";

        [Display(Name = "Rester connecté(e) sur cet appareil")]
        public bool RememberMe { get; set; }
    }
}
