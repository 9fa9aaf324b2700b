using System.ComponentModel.DataAnnotations;
using Ctg.Host.Data;
using Ctg.Sdk;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Host.Pages;

/// <summary>Where an invited person, or one whose password was reset, chooses a password.</summary>
public sealed class ActivationModel(UserManager<CtgUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Jeton { get; set; }

    [BindProperty]
    public PasswordForm Input { get; set; } = new();

    public void OnGet() => ViewData.SetTrail("Choisir un mot de passe");

    public async Task<IActionResult> OnPostAsync()
    {
        ViewData.SetTrail("Choisir un mot de passe");
        if (Input.Password != Input.Confirmation)
        {
            ModelState.AddModelError("Input.Confirmation", "Les deux mots de passe ne sont pas identiques.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = Id is null ? null : await users.FindByIdAsync(Id);
        if (user is null || !user.IsActive || Jeton is null)
        {
            ModelState.AddModelError("", "Ce lien n'est pas valable : demandez-en un nouveau à l'administrateur.");
            return Page();
        }
        var result = await users.ResetPasswordAsync(user, Jeton, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "", error.Description);
            }
            return Page();
        }
        await users.SetLockoutEndDateAsync(user, null);
        TempData["Message"] = "Votre mot de passe est enregistré : vous pouvez vous connecter.";
        return Redirect("/connexion");
    }

    public sealed class PasswordForm
    {
        [Required(ErrorMessage = "Choisissez un mot de passe.")]
        [DataType(DataType.Password)]
        [Display(Name = "Nouveau mot de passe (10 caractères au moins, dont un chiffre)")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Confirmez le mot de passe.")]
        [DataType(DataType.Password)]
        [Display(Name = "Confirmation")]
        public string Confirmation { get; set; } = "";
    }
}
