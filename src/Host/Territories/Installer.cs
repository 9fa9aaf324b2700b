using Ctg.Host.Data;
using Ctg.Sdk;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ctg.Sdk.Messages.Platform;

namespace Ctg.Host.Territories;

/// <summary>An account to create, with what an administrator or the installation page gives.</summary>
public sealed record NewAccount(string Email, string DisplayName, string? Organisation, string Password, IReadOnlyList<string> Roles);

/// <summary>
/// Installs the platform for one intercommunalité: the territory, its communes and the first accounts,
/// all in one transaction. Shared by the installation page, the <c>setup</c> command and demo mode.
/// </summary>
public sealed class Installer(
    HostDbContext db,
    UserManager<CtgUser> users,
    RoleManager<IdentityRole> roles,
    TerritoryCache cache,
    IClock clock,
    IModuleBus bus,
    ILogger<Installer> logger)
{
    public async Task<bool> IsInstalledAsync(CancellationToken cancellationToken = default) =>
        await db.Installations.AnyAsync(cancellationToken);

    /// <returns>French error messages; empty when the platform was installed.</returns>
    public async Task<IReadOnlyList<ValidationError>> InstallAsync(Epci epci, IReadOnlyList<NewAccount> accounts, bool demo, CancellationToken cancellationToken = default)
    {
        if (await IsInstalledAsync(cancellationToken))
        {
            return [new ValidationError("", "La plateforme est déjà installée.")];
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await EnsureRolesAsync();
        db.Installations.Add(new Installation
        {
            Siren = epci.Siren,
            Name = epci.Name,
            Kind = epci.Kind,
            Population = epci.Population,
            IsDemo = demo,
            InstalledAt = clock.Now,
        });
        db.Communes.AddRange(epci.Communes.Select(c => new InstalledCommune
        {
            InseeCode = c.InseeCode,
            Siren = c.Siren,
            Name = c.Name,
            Population = c.Population,
        }));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var account in accounts)
        {
            var errors = await CreateAccountAsync(account);
            if (errors.Count > 0)
            {
                // Nothing of the installation is kept: the transaction is disposed without commit.
                db.ChangeTracker.Clear();
                return errors;
            }
        }
        await transaction.CommitAsync(cancellationToken);
        cache.Forget();
        await AnnounceAsync(epci, cancellationToken);
        return [];
    }

    /// <summary>
    /// Tells the modules, once the installation is saved. A module that fails here must not undo the
    /// installation: the failure is logged and the module can be fixed and its data completed later.
    /// </summary>
    private async Task AnnounceAsync(Epci epci, CancellationToken cancellationToken)
    {
        var territory = new Territory(epci.Siren, epci.Name, epci.Kind, epci.Population,
            epci.Communes.Select(c => new Commune(c.InseeCode, c.Siren, c.Name, c.Population)).ToList());
        try
        {
            await bus.PublishAsync(new TerritoryInstalled(territory), cancellationToken);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Un module n'a pas pu préparer ses données pour le territoire {Siren}", epci.Siren);
        }
    }

    public async Task<IReadOnlyList<ValidationError>> CreateAccountAsync(NewAccount account)
    {
        var user = new CtgUser
        {
            UserName = account.Email.Trim(),
            Email = account.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = account.DisplayName.Trim(),
            Organisation = string.IsNullOrWhiteSpace(account.Organisation) ? null : account.Organisation.Trim(),
            CreatedAt = clock.Now,
            LockoutEnabled = true,
        };
        var result = await users.CreateAsync(user, account.Password);
        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(user, account.Roles);
        }
        return result.Succeeded
            ? []
            : result.Errors.Select(e => new ValidationError(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password" : "Email", e.Description)).ToList();
    }

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
