using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Ctg.Host.Tests.Methodology;

/// <summary>
/// An installed platform for Methodology tests, where each account signs in once: a browser opened for an
/// account afterwards starts with the cookies that sign-in left, as a second tab of the same browser would.
/// Hashing the password on every sign-in cost more than most of the tests.
/// </summary>
public class MethodologyPlatform : InstalledPlatform
{
    private readonly ConcurrentDictionary<string, Lazy<Task<CookieContainer>>> _sessions = new();

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

/// <summary>
/// The platform shared by the Methodology tests about fiches (writing, following up, listing, importing,
/// orientations, what other modules hear). Its tests run one after another: none counts rows it did not
/// write, and before/after counts are taken within one test.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FichesCollection : ICollectionFixture<MethodologyPlatform>
{
    public const string Name = "Méthodologie : fiches";
}

/// <summary>
/// The platform shared by the Methodology tests about plans (their pages, exports, notes, the follow-up
/// pages under load) and demandes d'appui; as for <see cref="FichesCollection"/>, each test reads its own rows.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PlansCollection : ICollectionFixture<MethodologyPlatform>
{
    public const string Name = "Méthodologie : plans";
}

/// <summary>
/// Governance, Evaluation and Dispositifs switched off: what Methodology does without each of the modules it
/// can use, on one platform.
/// </summary>
public sealed class MethodologyAlone : MethodologyPlatform
{
    protected override PlatformOptions Options => new() { DisabledModules = [Ctg.Sdk.ModuleIds.Governance, Ctg.Sdk.ModuleIds.Evaluation, Ctg.Sdk.ModuleIds.Dispositifs] };
}

[CollectionDefinition(Name)]
public sealed class MethodologyAloneCollection : ICollectionFixture<MethodologyAlone>
{
    public const string Name = "Méthodologie sans les autres modules";
}
