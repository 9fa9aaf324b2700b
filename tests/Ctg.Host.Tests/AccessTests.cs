using Ctg.Sdk;

namespace Ctg.Host.Tests;

/// <summary>
/// Access, health, sign-in and the module switch's reference platform (all modules enabled): one installed
/// platform, tests one after another. Nobody changes a template account: the sign-in tests lock and deactivate
/// accounts they create, and sign in for real; nobody counts accounts.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HostAccessCollection : ICollectionFixture<InstalledPlatform>
{
    public const string Name = "Hôte : accès";
}

[Collection(HostAccessCollection.Name)]
public sealed class AccessTests(InstalledPlatform fixture)
{
    private readonly InstalledPlatform _sessions = fixture;
    private readonly PlatformFactory _platform = fixture.Platform;

    public static TheoryData<string> HostPages => new()
    {
        "/",
        "/acces-refuse",
        "/admin/modules",
        "/admin/utilisateurs",
        "/admin/utilisateurs/nouveau",
    };

    public static TheoryData<string> AdminPages => new()
    {
        "/admin/modules",
        "/admin/utilisateurs",
        "/admin/utilisateurs/nouveau",
    };

    public static TheoryData<string> PlatformModules => new()
    {
        Sdk.ModuleIds.Governance,
        Sdk.ModuleIds.Dispositifs,
        Sdk.ModuleIds.Methodology,
        Sdk.ModuleIds.Evaluation,
    };

    [Theory]
    [MemberData(nameof(HostPages))]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_from_every_host_page(string path)
    {
        using var browser = _platform.NewBrowser();

        var response = await browser.GetAsync(path);

        Assert.Equal("/connexion", Browser.RedirectPath(response));
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(path), response.Headers.Location!.Query);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_from_an_account_page()
    {
        using var admin = await _sessions.SignedInAsync(Accounts.Administrateur);
        var users = await admin.OpenAsync("/admin/utilisateurs");
        var accountPage = users.Document.QuerySelector("tbody a[href^='/admin/utilisateurs/']")!.GetAttribute("href")!;
        using var browser = _platform.NewBrowser();

        Assert.Equal("/connexion", Browser.RedirectPath(await browser.GetAsync(accountPage)));
    }

    [Theory]
    [MemberData(nameof(PlatformModules))]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_from_every_module_page_of_the_navigation(string moduleId)
    {
        using var browser = _platform.NewBrowser();
        var entries = _platform.NavigationOf(moduleId);

        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            var response = await browser.GetAsync(entry.Path);
            Assert.Equal("/connexion", Browser.RedirectPath(response));
        }
    }

    [Theory]
    [MemberData(nameof(PlatformModules))]
    public async Task Each_module_page_of_the_navigation_opens_for_a_reader(string moduleId)
    {
        using var browser = await _sessions.SignedInAsync(Accounts.Lecteur);
        var home = await browser.OpenAsync("/");

        foreach (var entry in _platform.NavigationOf(moduleId).Where(e => e.Policy == Policies.Lecture))
        {
            Assert.Contains(entry.Path, home.NavigationLinks);
            var page = await browser.OpenAsync(entry.Path);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal(entry.Path, page.Path);
        }
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task A_reader_is_refused_the_administration_pages(string path)
    {
        using var browser = await _sessions.SignedInAsync(Accounts.Lecteur);

        var response = await browser.GetAsync(path);

        Assert.Equal("/acces-refuse", Browser.RedirectPath(response));
        var refused = await browser.OpenAsync(path);
        Assert.Contains("Accès refusé", refused.TextOf("main h1"));
    }

    [Theory]
    [InlineData(Roles.Coordination)]
    [InlineData(Roles.Contributeur)]
    public async Task Only_the_administrator_role_opens_the_administration(string role)
    {
        using var browser = await _sessions.SignedInAsync(Accounts.ForRole(role));

        Assert.Equal("/acces-refuse", Browser.RedirectPath(await browser.GetAsync("/admin/modules")));
        var home = await browser.OpenAsync("/");
        Assert.DoesNotContain("/admin/modules", home.Document.QuerySelectorAll("header a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task The_administrator_opens_the_administration_pages(string path)
    {
        using var browser = await _sessions.SignedInAsync(Accounts.Administrateur);

        var page = await browser.OpenAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(path, page.Path);
        Assert.Contains("/admin/modules", page.Document.QuerySelectorAll("header a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task An_address_no_enabled_module_offers_shows_the_French_not_found_page()
    {
        // The page of the test extension, which this platform does not have.
        using var browser = await _sessions.SignedInAsync(Accounts.Lecteur);

        var page = await browser.OpenAsync("/essai-extension");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Page introuvable", page.TextOf("main h1"));
    }

    [Fact]
    public async Task The_administrator_creates_an_account_that_can_then_sign_in()
    {
        using var admin = await _sessions.SignedInAsync(Accounts.Administrateur);
        var form = await admin.OpenAsync("/admin/utilisateurs/nouveau");
        var email = $"{Guid.NewGuid():N}@mairie-essai.fr";

        var created = await admin.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Élise Élue",
            ["Input.Email"] = email,
            ["Input.Organisation"] = "Commune de Champigny",
            ["Input.Role"] = Roles.Lecteur,
            ["Input.Invite"] = "false",
            ["Input.Password"] = "Compte-cree-2026",
        });

        Assert.Equal("/admin/utilisateurs", created.Path);
        var row = created.Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email));
        Assert.Contains("Commune de Champigny", row.TextContent);
        Assert.Contains(Roles.Lecteur, row.TextContent);
        using var newcomer = _platform.NewBrowser();
        await newcomer.SignInAsync(new Account(email, "Élise Élue", Roles.Lecteur, "Compte-cree-2026"));
        Assert.Equal("/acces-refuse", Browser.RedirectPath(await newcomer.GetAsync("/admin/utilisateurs")));
    }
}
