using Ctg.Sdk;

namespace Ctg.Host.Tests;

/// <summary>
/// A session ends at once, everywhere, when its account signs out, is deactivated, changes role or changes
/// password: the very next request that carries any copy of its cookie is refused.
/// </summary>
public sealed class SessionTests(InstalledPlatform fixture) : IClassFixture<InstalledPlatform>
{
    private const string NewPassword = "Nouveau-secret-2027";
    private readonly PlatformFactory _platform = fixture.Platform;

    [Fact]
    public async Task A_copied_session_cookie_is_refused_once_its_owner_has_signed_out()
    {
        var account = await _platform.CreateAccountAsync(Roles.Lecteur);
        using var browser = _platform.NewBrowser();
        var copy = AccountPages.SessionCookie(await browser.PostSignInAsync(account.Email, account.Password));
        Assert.Equal(HttpStatusCode.OK, (await AccountPages.ReplayAsync(_platform, copy, "/")).StatusCode);

        var signOut = await browser.SubmitAsync(await browser.OpenAsync("/"), new Dictionary<string, string>(), "form[action='/deconnexion']");

        Assert.Equal("/connexion", Browser.RedirectPath(signOut));
        Assert.Equal("/connexion", Browser.RedirectPath(await AccountPages.ReplayAsync(_platform, copy, "/")));
    }

    [Fact]
    public async Task A_deactivated_account_is_refused_at_its_very_next_request()
    {
        var account = await _platform.CreateAccountAsync(Roles.Contributeur);
        using var user = await _platform.SignedInAsync(account);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/")).StatusCode);
        using var admin = await _platform.SignedInAsync(Accounts.Administrateur);

        await AccountPages.DeactivateAsync(admin, account.Email);

        Assert.Equal("/connexion", Browser.RedirectPath(await user.GetAsync("/")));
    }

    [Fact]
    public async Task A_demoted_administrator_loses_the_administration_at_the_very_next_request()
    {
        var account = await _platform.CreateAccountAsync(Roles.Administrateur);
        using var user = await _platform.SignedInAsync(account);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/admin/utilisateurs")).StatusCode);
        using var admin = await _platform.SignedInAsync(Accounts.Administrateur);

        await AccountPages.ChangeRoleAsync(admin, account.Email, Roles.Lecteur);

        Assert.Equal("/connexion", Browser.RedirectPath(await user.GetAsync("/admin/utilisateurs")));
        await user.SignInAsync(account);
        Assert.Equal("/acces-refuse", Browser.RedirectPath(await user.GetAsync("/admin/utilisateurs")));
    }

    [Fact]
    public async Task A_password_chosen_through_a_reset_link_ends_the_sessions_opened_with_the_old_one()
    {
        var account = await _platform.CreateAccountAsync(Roles.Coordination);
        using var user = await _platform.SignedInAsync(account);
        using var admin = await _platform.SignedInAsync(Accounts.Administrateur);
        var link = AccountPages.ResetLink(await AccountPages.AskResetLinkAsync(admin, account.Email));
        Assert.NotNull(link);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/")).StatusCode);

        using var elsewhere = _platform.NewBrowser();
        var activation = await elsewhere.OpenAsync(new Uri(link).PathAndQuery);
        var chosen = await elsewhere.SubmitAsync(activation, new Dictionary<string, string>
        {
            ["Input.Password"] = NewPassword,
            ["Input.Confirmation"] = NewPassword,
        });
        Assert.Equal("/connexion", Browser.RedirectPath(chosen));

        Assert.Equal("/connexion", Browser.RedirectPath(await user.GetAsync("/")));
        await user.SignInAsync(account with { Password = NewPassword });
    }

    [Fact]
    public async Task Two_instances_on_one_database_refuse_a_session_ended_on_either_of_them_at_once()
    {
        await using var first = await PlatformFactory.StartAsync();
        await using var second = await PlatformFactory.StartAsync(new PlatformOptions { DataDirectory = first.DataDirectory });
        var account = await first.CreateAccountAsync(Roles.Contributeur);
        using var user = first.NewBrowser();
        var cookie = AccountPages.SessionCookie(await user.PostSignInAsync(account.Email, account.Password));
        // Both instances accept the session, as behind a load balancer.
        Assert.Equal(HttpStatusCode.OK, (await AccountPages.ReplayAsync(first, cookie, "/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AccountPages.ReplayAsync(second, cookie, "/")).StatusCode);
        using var admin = await second.SignedInAsync(Accounts.Administrateur);

        await AccountPages.DeactivateAsync(admin, account.Email);

        Assert.Equal("/connexion", Browser.RedirectPath(await AccountPages.ReplayAsync(first, cookie, "/")));
        Assert.Equal("/connexion", Browser.RedirectPath(await AccountPages.ReplayAsync(second, cookie, "/")));
    }
}
