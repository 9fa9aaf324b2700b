using System.ComponentModel.DataAnnotations;
using Ctg.Host.Territories;
using Ctg.Sdk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Host.Pages;

/// <summary>First visit on an empty database: choose the intercommunalité and create the first administrator.</summary>
public sealed class InstallationModel(Installer installer, EpciCatalog epcis) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Siren { get; set; }

    [BindProperty]
    public AdminForm Input { get; set; } = new();

    public IReadOnlyList<Epci> Results { get; private set; } = [];
    public Epci? Selected { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await installer.IsInstalledAsync())
        {
            return Redirect("/");
        }
        Load();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await installer.IsInstalledAsync())
        {
            return Redirect("/");
        }
        Load();
        if (Selected is null)
        {
            ModelState.AddModelError("", "Choisissez d'abord votre intercommunalité dans la liste nationale.");
        }
        if (Input.Password != Input.Confirmation)
        {
            ModelState.AddModelError("Input.Confirmation", "Les deux mots de passe ne sont pas identiques.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var account = new NewAccount(Input.Email, Input.DisplayName, Selected!.Name, Input.Password, [Roles.Administrateur]);
        var errors = await installer.InstallAsync(Selected, [account], demo: false, HttpContext.RequestAborted);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError(error.Field.Length == 0 ? "" : "Input." + error.Field, error.Message);
            }
            return Page();
        }
        TempData["Message"] = $"La plateforme est installée pour {Selected.Name}. Connectez-vous avec le compte administrateur que vous venez de créer.";
        return Redirect("/connexion");
    }

    private void Load()
    {
        ViewData.SetTrail("Installation");
        Selected = string.IsNullOrWhiteSpace(Siren) ? null : epcis.Find(Siren);
        if (Selected is null)
        {
            Results = epcis.Search(Query);
        }
    }

    public sealed class AdminForm
    {
        [Required(ErrorMessage = "Indiquez le nom de l'administrateur.")]
        [StringLength(200, ErrorMessage = "Le nom ne doit pas dépasser 200 caractères.")]
        [Display(Name = "Prénom et nom")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Indiquez l'adresse électronique de l'administrateur.")]
        [EmailAddress(ErrorMessage = "Cette adresse électronique n'est pas valide.")]
        [Display(Name = "Adresse électronique")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Choisissez un mot de passe.")]
        [DataType(DataType.Password)]
        [Display(Name = "Mot de passe (10 caractères au moins, dont un chiffre)")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Confirmez le mot de passe.")]
        [DataType(DataType.Password)]
        [Display(Name = "Confirmation du mot de passe")]
        public string Confirmation { get; set; } = "";
    }
}
