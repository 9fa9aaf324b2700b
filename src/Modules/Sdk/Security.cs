using Microsoft.AspNetCore.Authorization;

namespace Ctg.Sdk;

/// <summary>The platform's roles, as stored and as shown.</summary>
public static class Roles
{
    public const string Administrateur = "Administrateur";
    /// <summary>The chargé(e) de coopération territoriale: edits everything.</summary>
    public const string Coordination = "Coordination";
    /// <summary>Edits what they pilot or animate.</summary>
    public const string Contributeur = "Contributeur";
    /// <summary>Élus, partners: read.</summary>
    public const string Lecteur = "Lecteur";

    public static readonly IReadOnlyList<string> All = [Administrateur, Coordination, Contributeur, Lecteur];

    public static string Describe(string role) => role switch
    {
        Administrateur => "Administre la plateforme : comptes, modules, paramètres.",
        Coordination => "Chargé(e) de coopération : modifie tout le contenu.",
        Contributeur => "Modifie ce qu'il ou elle pilote ou anime.",
        Lecteur => "Consulte (élus, partenaires).",
        _ => "",
    };
}

/// <summary>
/// The authorization policies every module uses, so that "who may edit" means the same everywhere.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in, active user.</summary>
    public const string Lecture = "Lecture";
    /// <summary>Contributeur and above; the module checks that the user pilots the thing edited.</summary>
    public const string Contribution = "Contribution";
    /// <summary>Coordination and Administrateur: edit everything.</summary>
    public const string Coordination = "Coordination";
    /// <summary>Administrateur only.</summary>
    public const string Administration = "Administration";

    public static void AddCtgPolicies(this AuthorizationOptions options)
    {
        options.AddPolicy(Lecture, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Contribution, p => p.RequireRole(Roles.Administrateur, Roles.Coordination, Roles.Contributeur));
        options.AddPolicy(Coordination, p => p.RequireRole(Roles.Administrateur, Roles.Coordination));
        options.AddPolicy(Administration, p => p.RequireRole(Roles.Administrateur));
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}

/// <summary>The signed-in user, as modules see them.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    /// <summary>Opaque user id; modules store it as a reference, never a foreign key.</summary>
    string? Id { get; }
    string? DisplayName { get; }
    string? Email { get; }
    /// <summary>Name of the organisation the user belongs to (commune, EPCI, CAF...), if set.</summary>
    string? Organisation { get; }
    IReadOnlyList<string> Roles { get; }
    bool IsInRole(string role);
    /// <summary>Coordination or Administrateur.</summary>
    bool CanEditEverything => IsInRole(Sdk.Roles.Administrateur) || IsInRole(Sdk.Roles.Coordination);
}

/// <summary>A platform account, as modules see it (to name a pilote, for instance).</summary>
/// <param name="Id">Opaque id, the same as <see cref="ICurrentUser.Id"/>.</param>
public sealed record PlatformUser(string Id, string DisplayName, string Email, string? Organisation, IReadOnlyList<string> Roles);

/// <summary>The platform's active accounts. Implemented by the host.</summary>
public interface IUserDirectory
{
    /// <summary>Active accounts, sorted by name.</summary>
    Task<IReadOnlyList<PlatformUser>> ListActiveAsync(CancellationToken cancellationToken = default);

    /// <summary>An account by id, active or not; null when unknown.</summary>
    Task<PlatformUser?> FindAsync(string id, CancellationToken cancellationToken = default);
}
