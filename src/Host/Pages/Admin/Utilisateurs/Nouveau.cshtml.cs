using System.ComponentModel.DataAnnotations;
using Ctg.Host.Data;
using Ctg.Host.Hosting;
using Ctg.Host.Territories;
using Ctg.Sdk;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Host.Pages.Admin.Utilisateurs;

/// <summary>
/// Creates an account, either with a password the administrator gives, or as an invitation: a link the
/// administrator sends, with which the person chooses their own password.
/// </summary>
public sealed class NouveauModel(UserManager<CtgUser> users, Installer installer, IClock clock, CtgSettings settings, IHostEnvironment environment)
    : PageModel
{
    [BindProperty]
    public AccountForm Input { get; set; } = new();

    public string? InvitationLink { get; private set; }

    /// <summary>Why no invitation can be sent, said before the administrator fills the form.</summary>
    public string? InvitationProblem { get; private set; }

    public void OnGet()
    {
        Trail();
        InvitationProblem = Links.PublicAddressFor(settings, environment, Request).Problem;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Trail();
        if (!Roles.All.Contains(Input.Role))
        {
            ModelState.AddModelError("Input.Role", "Choisissez un rôle de la liste.");
        }
        if (!Input.Invite && string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", "Donnez un mot de passe, ou choisissez d'envoyer une invitation.");
        }
        // Checked before the account is created: an invitation that cannot be sent would leave an account no one can open.
        var publicAddress = Links.PublicAddressFor(settings, environment, Request);
        if (Input.Invite && publicAddress.Problem is { } problem)
        {
            ModelState.AddModelError("", problem);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (!Input.Invite)
        {
            var errors = await installer.CreateAccountAsync(new NewAccount(Input.Email, Input.DisplayName, Input.Organisation, Input.Password!, [Input.Role]));
            foreach (var error in errors)
            {
                ModelState.AddModelError("Input." + error.Field, error.Message);
            }
            if (errors.Count > 0)
            {
                return Page();
            }
            TempData["Message"] = $"Le compte de {Input.DisplayName} est créé.";
            return Redirect("/admin/utilisateurs");
        }

        var user = new CtgUser
        {
            UserName = Input.Email.Trim(),
            Email = Input.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = Input.DisplayName.Trim(),
            Organisation = string.IsNullOrWhiteSpace(Input.Organisation) ? null : Input.Organisation.Trim(),
            CreatedAt = clock.Now,
            LockoutEnabled = true,
        };
        var result = await users.CreateAsync(user);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, Input.Role);
        }
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Input.Email", error.Description);
            }
            return Page();
        }
        InvitationLink = await Links.ActivationAsync(users, user, publicAddress.Address!);
        return Page();
    }

    private void Trail() => ViewData.SetTrail("Nouvel utilisateur", new Breadcrumb("Administration"), new Breadcrumb("Utilisateurs", "/admin/utilisateurs"));

    public sealed class AccountForm
    {
        [Required(ErrorMessage = "Indiquez le prénom et le nom.")]
        [StringLength(200, ErrorMessage = "Le nom ne doit pas dépasser 200 caractères.")]
        [Display(Name = "Prénom et nom")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Indiquez l'adresse électronique.")]
        [EmailAddress(ErrorMessage = "Cette adresse électronique n'est pas valide.")]
        [Display(Name = "Adresse électronique")]
        public string Email { get; set; } = "";

        [StringLength(200, ErrorMessage = "L'organisation ne doit pas dépasser 200 caractères.")]
        [Display(Name = "Organisation (commune, EPCI, CAF, partenaire…)")]
        public string? Organisation { get; set; }

        [Display(Name = "Rôle")]
        public string Role { get; set; } = Roles.Lecteur;

        [Display(Name = "Envoyer une invitation (la personne choisit son mot de passe)")]
        public bool Invite { get; set; } = true;

        [DataType(DataType.Password)]
        [Display(Name = "Mot de passe initial")]
        public string? Password { get; set; }
    }
}
