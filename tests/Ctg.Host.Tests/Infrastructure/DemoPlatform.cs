using Ctg.Host.Data;
using Ctg.Host.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Host.Tests.Infrastructure;

/// <summary>
/// The demonstration (CC Yonne Nord with its instances, séances, plans and fiches), and its Coordination account
/// given a password here rather than through the demo's environment variable, which other tests set and unset.
/// </summary>
public static class DemoPlatform
{
    public const string Password = "Demo-Essai-Entetes-2026";

    public static readonly Account Coordination = new(DemoSeeder.Accounts[0].Email, DemoSeeder.Accounts[0].Name, Sdk.Roles.Coordination, Password);

    public static async Task<PlatformFactory> StartAsync()
    {
        var platform = await PlatformFactory.StartAsync(new PlatformOptions { Installed = false, Demo = true });
        await using var scope = platform.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CtgUser>>();
        var user = await users.FindByEmailAsync(Coordination.Email) ?? throw new InvalidOperationException("Compte de démonstration absent.");
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), Password);
        Assert.True(reset.Succeeded, string.Join(" ", reset.Errors.Select(e => e.Description)));
        return platform;
    }

    /// <summary>The paths of the links a page holds to other pages of the platform, with their query.</summary>
    public static IEnumerable<string> LinksOf(HtmlPage page) =>
        page.Document.QuerySelectorAll("a[href]")
            .Select(a => a.GetAttribute("href")!)
            .Where(href => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
            .Select(href => href.Split('#')[0]);
}
