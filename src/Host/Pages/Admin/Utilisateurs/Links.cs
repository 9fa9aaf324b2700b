using Ctg.Host.Data;
using Ctg.Host.Hosting;
using Microsoft.AspNetCore.Identity;

namespace Ctg.Host.Pages.Admin.Utilisateurs;

/// <summary>The links with which a person chooses a password (an invitation, or a reset).</summary>
public static class Links
{
    /// <summary>How long an invitation or reset link stays valid.</summary>
    public static readonly TimeSpan Lifespan = TimeSpan.FromDays(7);

    public const string LifespanText = "Ce lien est valable 7 jours, et une seule fois.";

    public const string MissingPublicUrl = "Aucun lien n'est créé\u00A0: l'adresse publique de la plateforme n'est pas "
        + "configurée. Renseignez le paramètre Ctg:PublicUrl (par exemple https://ctg.mon-epci.fr, variable "
        + "d'environnement Ctg__PublicUrl), puis redémarrez l'application.";

    /// <summary>
    /// The address links start with. The request's Host header is whatever the client sent, so a link built from
    /// it could lead the person who receives it to another site: only the configured public address is used,
    /// and, in Development alone, the request's address when none is configured.
    /// </summary>
    public static PublicAddress PublicAddressFor(CtgSettings settings, IHostEnvironment environment, HttpRequest request)
    {
        if (settings.PublicUrl is { } configured)
        {
            return Uri.TryCreate(configured.EndsWith('/') ? configured : configured + "/", UriKind.Absolute, out var address)
                && address.Scheme is "https" or "http" && string.IsNullOrEmpty(address.Query) && string.IsNullOrEmpty(address.Fragment)
                && string.IsNullOrEmpty(address.UserInfo)
                ? new PublicAddress(address, null)
                : new PublicAddress(null, $"Aucun lien n'est créé\u00A0: le paramètre Ctg:PublicUrl («\u00A0{configured}\u00A0») n'est pas "
                    + "une adresse complète en http:// ou https://, comme https://ctg.mon-epci.fr. Corrigez-le, puis redémarrez l'application.");
        }
        return environment.IsDevelopment()
            ? new PublicAddress(new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/"), null)
            : new PublicAddress(null, MissingPublicUrl);
    }

    /// <summary>A link to choose a password, valid for <see cref="Lifespan"/> and until the password changes.</summary>
    public static async Task<string> ActivationAsync(UserManager<CtgUser> users, CtgUser user, Uri publicAddress)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return $"{publicAddress.AbsoluteUri}activation?id={Uri.EscapeDataString(user.Id)}&jeton={Uri.EscapeDataString(token)}";
    }
}

/// <summary>The platform's public address (ending with "/"), or why there is none.</summary>
public sealed record PublicAddress(Uri? Address, string? Problem);
