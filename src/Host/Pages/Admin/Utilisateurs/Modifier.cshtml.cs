using System.ComponentModel.DataAnnotations;
using Ctg.Host.Data;
using Ctg.Host.Hosting;
using Ctg.Sdk;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Host.Pages.Admin.Utilisateurs;

/// <summary>An account: its name, organisation and role; deactivate or reactivate; a link to reset its password.</summary>
public sealed class ModifierModel(UserManager<CtgUser> users, ICurrentUser currentUser, IClock clock, CtgSettings settings, IHostEnvironment environment)
    : PageModel
{
    [BindProperty]
    public EditForm Input { get; set; } = new();

    public CtgUser Account { get; private set; } = null!;
    public string? ResetLink { get; private set; }
    public bool IsLocked => Account.LockoutEnd > clock.Now;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!Roles.All.Contains(Input.Role))
        {
            ModelState.AddModelError("Input.Role", "Choisissez un rôle de la liste.");
        }
        if (Account.Id == currentUser.Id && Input.Role != Roles.Administrateur)
        {
            ModelState.AddModelError("Input.Role", "Vous ne pouvez pas retirer votre propre rôle d'administrateur.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (Input.ConcurrencyStamp != Account.ConcurrencyStamp)
        {
            ModelState.AddModelError("", Web.CtgPageFilter.ConcurrencyMessage);
            return Page();
        }
        Account.DisplayName = Input.DisplayName.Trim();
        Account.Organisation = string.IsNullOrWhiteSpace(Input.Organisation) ? null : Input.Organisation.Trim();
        var result = await users.UpdateAsync(Account);
        var current = await users.GetRolesAsync(Account);
        if (result.Succeeded && !current.SequenceEqual([Input.Role]))
        {
            result = await users.RemoveFromRolesAsync(Account, current);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(Account, Input.Role);
            }
            // The roles travel in the session cookie: a new stamp refuses the old cookie at its next request, and
            // the person signs in again with the new role.
            if (result.Succeeded)
            {
                result = await users.UpdateSecurityStampAsync(Account);
            }
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", string.Join(" ", result.Errors.Select(e => e.Description)));
            return Page();
        }
        TempData["Message"] = $"Le compte de {Account.DisplayName} est enregistré.";
        return Redirect("/admin/utilisateurs");
    }

    public async Task<IActionResult> OnPostActiveAsync(string id, bool active)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (Account.Id == currentUser.Id && !active)
        {
            ModelState.AddModelError("", "Vous ne pouvez pas désactiver votre propre compte.");
            return await ShowAsync();
        }
        Account.IsActive = active;
        // Saved with the new stamp, in one write: the account's sessions end at their next request.
        var result = await users.UpdateSecurityStampAsync(Account);
        if (!result.Succeeded)
        {
            Account.IsActive = !active;
            ModelState.AddModelError("", string.Join(" ", result.Errors.Select(e => e.Description)));
            return await ShowAsync();
        }
        TempData["Message"] = active ? $"Le compte de {Account.DisplayName} est réactivé." : $"Le compte de {Account.DisplayName} est désactivé.";
        return Redirect($"/admin/utilisateurs/{id}");
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        await users.SetLockoutEndDateAsync(Account, null);
        await users.ResetAccessFailedCountAsync(Account);
        TempData["Message"] = $"Le compte de {Account.DisplayName} est déverrouillé.";
        return Redirect($"/admin/utilisateurs/{id}");
    }

    public async Task<IActionResult> OnPostResetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var publicAddress = Links.PublicAddressFor(settings, environment, Request);
        if (publicAddress.Address is null)
        {
            ModelState.AddModelError("", publicAddress.Problem!);
            return await ShowAsync();
        }
        ResetLink = await Links.ActivationAsync(users, Account, publicAddress.Address);
        return await ShowAsync();
    }

    /// <summary>The page with the account as it is saved (the form of the page is not what this handler posted).</summary>
    private async Task<IActionResult> ShowAsync()
    {
        Input = new EditForm
        {
            DisplayName = Account.DisplayName,
            Organisation = Account.Organisation,
            Role = (await users.GetRolesAsync(Account)).FirstOrDefault() ?? Roles.Lecteur,
            ConcurrencyStamp = Account.ConcurrencyStamp,
        };
        foreach (var field in ModelState.Keys.Where(k => k.Length > 0).ToList())
        {
            ModelState.Remove(field);
        }
        return Page();
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } account)
        {
            return false;
        }
        Account = account;
        ViewData.SetTrail(account.DisplayName, new Breadcrumb("Administration"), new Breadcrumb("Utilisateurs", "/admin/utilisateurs"));
        return true;
    }

    public sealed class EditForm
    {
        [Required(ErrorMessage = "Indiquez le prénom et le nom.")]
        [StringLength(200, ErrorMessage = "Le nom ne doit pas dépasser 200 caractères.")]
        [Display(Name = "Prénom et nom")]
        public string DisplayName { get; set; } = "";

        [StringLength(200, ErrorMessage = "L'organisation ne doit pas dépasser 200 caractères.")]
        [Display(Name = "Organisation")]
        public string? Organisation { get; set; }

        [Display(Name = "Rôle")]
        public string Role { get; set; } = Roles.Lecteur;

        public string? ConcurrencyStamp { get; set; }
    }
}
