using Ctg.Sdk;

namespace Ctg.Host.Tests;

[Collection(HostAccessCollection.Name)]
public sealed class SignInTests(InstalledPlatform fixture)
{
    private readonly PlatformFactory _platform = fixture.Platform;

    [Fact]
    public async Task A_user_signs_in_with_their_password_and_lands_on_the_home_page()
    {
        using var browser = _platform.NewBrowser();

        var response = await browser.PostSignInAsync(Accounts.Coordination.Email, Accounts.Password);

        Assert.Equal("/", Browser.RedirectPath(response));
        var home = await browser.OpenAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains($"Bonjour {Accounts.Coordination.DisplayName}", home.Text);
        Assert.Contains(YonneNord.Name, home.TextOf("header .navbar-brand"));
    }

    [Fact]
    public async Task Signing_in_leads_back_to_the_page_that_was_asked_for()
    {
        using var browser = _platform.NewBrowser();
        var asked = await browser.GetAsync("/admin/modules");
        var signIn = await browser.OpenAsync(asked.Headers.Location!.PathAndQuery);

        var response = await browser.SubmitAsync(signIn, new Dictionary<string, string>
        {
            ["Input.Email"] = Accounts.Administrateur.Email,
            ["Input.Password"] = Accounts.Password,
        });

        Assert.Equal("/admin/modules", Browser.RedirectPath(response));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message()
    {
        using var browser = _platform.NewBrowser();

        var response = await browser.PostSignInAsync(Accounts.Lecteur.Email, "pas-le-bon-mot-de-passe-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browser.ReadAsync(response, new Uri("http://localhost/connexion"));
        Assert.Contains("Adresse électronique ou mot de passe incorrect.", page.Errors);
        Assert.Equal("/connexion", Browser.RedirectPath(await browser.GetAsync("/")));
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_message_as_a_wrong_password()
    {
        using var browser = _platform.NewBrowser();

        var response = await browser.PostSignInAsync("personne@ailleurs.fr", Accounts.Password);

        var page = await Browser.ReadAsync(response, new Uri("http://localhost/connexion"));
        Assert.Contains("Adresse électronique ou mot de passe incorrect.", page.Errors);
    }

    [Fact]
    public async Task After_five_failures_the_account_is_locked_even_for_the_right_password()
    {
        var account = await _platform.CreateAccountAsync(Roles.Contributeur);
        using var browser = _platform.NewBrowser();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var failed = await browser.PostSignInAsync(account.Email, $"mauvais-essai-{attempt}");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var response = await browser.PostSignInAsync(account.Email, account.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browser.ReadAsync(response, new Uri("http://localhost/connexion"));
        Assert.Contains("verrouillé", page.Errors);
        Assert.Equal("/connexion", Browser.RedirectPath(await browser.GetAsync("/")));
    }

    [Fact]
    public async Task Four_failures_do_not_lock_the_account()
    {
        var account = await _platform.CreateAccountAsync(Roles.Lecteur);
        using var browser = _platform.NewBrowser();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await browser.PostSignInAsync(account.Email, $"mauvais-essai-{attempt}");
        }

        await browser.SignInAsync(account);
    }

    [Fact]
    public async Task An_account_deactivated_by_the_administrator_can_no_longer_sign_in()
    {
        var account = await _platform.CreateAccountAsync(Roles.Contributeur);
        using var admin = await _platform.SignedInAsync(Accounts.Administrateur);
        var users = await admin.OpenAsync("/admin/utilisateurs");
        var link = users.Document.QuerySelectorAll("tbody tr")
            .Single(row => row.TextContent.Contains(account.Email))
            .QuerySelector("a[href^='/admin/utilisateurs/']")!.GetAttribute("href")!;
        var edit = await admin.OpenAsync(link);

        var deactivated = await admin.SubmitAndFollowAsync(edit, new Dictionary<string, string>(), "form[action*='handler=Active']");

        Assert.Contains("est désactivé", deactivated.Text);
        using var browser = _platform.NewBrowser();
        var response = await browser.PostSignInAsync(account.Email, account.Password);
        var page = await Browser.ReadAsync(response, new Uri("http://localhost/connexion"));
        Assert.Equal(HtmlPage.Normalize(Ctg.Host.Identity.SignInRules.Refused), page.Errors);
        Assert.Equal("/connexion", Browser.RedirectPath(await browser.GetAsync("/")));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        // An account of its own: signing out ends every session of the account, and the others share Lecteur's.
        var account = await _platform.CreateAccountAsync(Roles.Lecteur);
        using var browser = await _platform.SignedInAsync(account);
        var home = await browser.OpenAsync("/");

        var response = await browser.SubmitAsync(home, new Dictionary<string, string>(), "form[action='/deconnexion']");

        Assert.Equal("/connexion", Browser.RedirectPath(response));
        Assert.Equal("/connexion", Browser.RedirectPath(await browser.GetAsync("/")));
    }
}
