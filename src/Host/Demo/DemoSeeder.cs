using System.Security.Cryptography;
using Ctg.Host.Data;
using Ctg.Host.Plugins;
using Ctg.Host.Territories;
using Ctg.Sdk;
using Microsoft.AspNetCore.Identity;

namespace Ctg.Host.Demo;

/// <summary>
/// Demo mode: its own database, installed for CC Yonne Nord on first start and filled by each enabled
/// module's <see cref="IDemoContributor"/>. The demo accounts' password comes from CTG_DEMO_PASSWORD, or
/// is generated at each start and printed on the console.
/// </summary>
public sealed class DemoSeeder(
    Installer installer,
    EpciCatalog epcis,
    UserManager<CtgUser> users,
    IEnumerable<IDemoContributor> contributors,
    PluginCatalog catalog,
    ITerritoryContext territories,
    ILogger<DemoSeeder> logger)
{
    public const string Siren = "248900896";
    public const string PasswordVariable = "CTG_DEMO_PASSWORD";

    public static readonly IReadOnlyList<(string Email, string Name, string Organisation, string Role)> Accounts =
    [
        ("coordination@demo.local", "Camille Martin", "CC Yonne Nord", Roles.Coordination),
        ("admin@demo.local", "Administrateur démo", "CC Yonne Nord", Roles.Administrateur),
        ("contributeur@demo.local", "Julien Petit", "Commune de Pont-sur-Yonne", Roles.Contributeur),
        ("elu@demo.local", "Sophie Bernard", "Commune de Villeneuve-la-Guyard", Roles.Lecteur),
    ];

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = Generate();
        }

        if (!await installer.IsInstalledAsync(cancellationToken))
        {
            var epci = epcis.Find(Siren) ?? throw new InvalidOperationException($"CC Yonne Nord ({Siren}) absente du référentiel.");
            var errors = await installer.InstallAsync(epci,
                Accounts.Select(a => new NewAccount(a.Email, a.Name, a.Organisation, password!, [a.Role])).ToList(),
                demo: true, cancellationToken);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException("Installation de la démonstration impossible : " + string.Join(" ", errors.Select(e => e.Message)));
            }
            await SeedModulesAsync(cancellationToken);
        }
        else
        {
            var reset = generated || !await PasswordStillValidAsync(password!);
            foreach (var account in Accounts)
            {
                if (await users.FindByEmailAsync(account.Email) is { } user)
                {
                    if (reset)
                    {
                        await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password!);
                    }
                    // A restart gives the demo back to whoever locked it out by mistyping.
                    await users.SetLockoutEndDateAsync(user, null);
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine("=== Données de démonstration : CC Yonne Nord ===");
        foreach (var account in Accounts)
        {
            Console.WriteLine($"  {account.Role,-15} {account.Email}");
        }
        Console.WriteLine(generated
            ? $"  Mot de passe (généré pour ce démarrage) : {password}"
            : $"  Mot de passe : celui de la variable {PasswordVariable}");
        Console.WriteLine();
    }

    /// <summary>
    /// On a restart with the same CTG_DEMO_PASSWORD, the accounts need no new password: checking one
    /// costs one password hash, resetting all four costs eight.
    /// </summary>
    private async Task<bool> PasswordStillValidAsync(string password) =>
        await users.FindByEmailAsync(Accounts[0].Email) is { } user && await users.CheckPasswordAsync(user, password);

    private async Task SeedModulesAsync(CancellationToken cancellationToken)
    {
        var territory = await territories.GetAsync(cancellationToken) ?? throw new InvalidOperationException("Territoire absent.");
        var ids = new Dictionary<string, string>();
        foreach (var account in Accounts)
        {
            ids[account.Email] = (await users.FindByEmailAsync(account.Email))!.Id;
        }
        var context = new DemoContext(territory, ids);
        foreach (var (module, contributor) in InModuleOrder(contributors, catalog.Enabled))
        {
            try
            {
                await contributor.SeedAsync(context, cancellationToken);
                logger.LogInformation("Contenu de démonstration du module {Module} créé ({Contributor})", module, contributor.GetType().Name);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Le contenu de démonstration de {Contributor} n'a pas pu être créé", contributor.GetType().FullName);
            }
        }
    }

    /// <summary>
    /// Each contributor with the module whose assembly declares it, in the catalog's order of the modules
    /// (<see cref="PluginCatalog.Order"/>: dependencies, then <see cref="ModuleManifest.SeedsAfter"/>), so that
    /// the demonstration runs in the one order the platform starts its modules in. A module's own contributors
    /// keep their registration order; a contributor outside every enabled module does not run.
    /// </summary>
    public static IReadOnlyList<(string Module, IDemoContributor Contributor)> InModuleOrder(
        IEnumerable<IDemoContributor> contributors, IReadOnlyList<LoadedModule> modules)
    {
        var all = contributors.ToList();
        return modules
            .SelectMany(m => all.Where(c => c.GetType().Assembly == m.Assembly).Select(c => (m.Manifest.Id, c)))
            .ToList();
    }

    private static string Generate()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        const string digits = "23456789";
        // Identity asks for a digit: twelve random characters lack one about one time in six.
        return "Demo-" + RandomNumberGenerator.GetString(alphabet, 12) + RandomNumberGenerator.GetString(digits, 1);
    }
}
