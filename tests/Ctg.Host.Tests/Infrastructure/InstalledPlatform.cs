using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Ctg.Host.Tests.Infrastructure;

/// <summary>
/// One installed platform shared by the tests of a class or a collection (CC Yonne Nord, one account per role,
/// the four modules). Tests that change an account create their own account first.
/// </summary>
/// <remarks>
/// <see cref="SignedInAsync"/> signs each account in once per platform: a browser opened for that account
/// afterwards starts with the cookies that sign-in left, as a second tab of the same browser would. Tests about
/// signing in, locking, deactivating or changing an account sign in for real through
/// <see cref="PlatformFactory.SignedInAsync"/> or <see cref="Browser.SignInAsync"/>.
/// </remarks>
public class InstalledPlatform : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<CookieContainer>>> _sessions = new();

    public PlatformFactory Platform { get; private set; } = null!;

    protected virtual PlatformOptions Options => new();

    public async Task InitializeAsync() => Platform = await PlatformFactory.StartAsync(Options);

    public async Task DisposeAsync() => await Platform.DisposeAsync();

    /// <summary>A browser of its own (its own cookies from now on), signed in as this account.</summary>
    public async Task<Browser> SignedInAsync(Account account)
    {
        var session = await _sessions.GetOrAdd(account.Email, _ => new(() => SignInAsync(account))).Value;
        var cookies = new CookieContainer();
        cookies.Add(session.GetAllCookies());
        return new Browser(Platform.CreateDefaultClient(new CookieContainerHandler(cookies)));
    }

    private async Task<CookieContainer> SignInAsync(Account account)
    {
        var cookies = new CookieContainer();
        using var browser = new Browser(Platform.CreateDefaultClient(new CookieContainerHandler(cookies)));
        await browser.SignInAsync(account);
        return cookies;
    }
}
