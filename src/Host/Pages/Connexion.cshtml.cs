using System.ComponentModel.DataAnnotations;
using Ctg.Host.Identity;
using Ctg.Sdk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Host.Pages;

public sealed class ConnexionModel(CtgSignInManager signIn) : PageModel
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
        var result = await signIn.PasswordSignInByEmailAsync(Input.Email.Trim(), Input.Password, Input.RememberMe);
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrls.LocalOrHome(ReturnUrl));
        }
        ModelState.AddModelError("", SignInRules.Refused);
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
