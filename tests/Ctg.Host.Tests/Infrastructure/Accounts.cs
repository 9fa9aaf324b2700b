using Ctg.Sdk;

namespace Ctg.Host.Tests.Infrastructure;

/// <summary>A person who uses the platform in the tests.</summary>
public sealed record Account(string Email, string DisplayName, string Role, string Password = Accounts.Password);

/// <summary>The accounts of the installed template database: one per role.</summary>
public static class Accounts
{
    public const string Password = "Essai-Plateforme-2026";

    public static readonly Account Administrateur = new("admin@essai.fr", "Alice Administratrice", Roles.Administrateur);
    public static readonly Account Coordination = new("coordination@essai.fr", "Camille Coordinatrice", Roles.Coordination);
    public static readonly Account Contributeur = new("contributeur@essai.fr", "Chloé Contributrice", Roles.Contributeur);
    public static readonly Account Lecteur = new("lecteur@essai.fr", "Louis Lecteur", Roles.Lecteur);

    public static readonly IReadOnlyList<Account> All = [Administrateur, Coordination, Contributeur, Lecteur];

    public static Account ForRole(string role) => All.Single(a => a.Role == role);
}

/// <summary>The intercommunalité the tests install: CC Yonne Nord, as in the national list.</summary>
public static class YonneNord
{
    public const string Siren = "248900896";
    public const string Name = "CC Yonne Nord";
    public const int Communes = 23;
    public const string Population = "24 896";
}
