using Ctg.Host.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Host.Tests;

/// <summary>A platform just deployed, nothing installed yet. The tests here change nothing in it.</summary>
public sealed class UninstalledPlatform : IAsyncLifetime
{
    public PlatformFactory Platform { get; private set; } = null!;

    public async Task InitializeAsync() => Platform = await PlatformFactory.StartAsync(new PlatformOptions { Installed = false });

    public async Task DisposeAsync() => await Platform.DisposeAsync();
}

public sealed class InstallationTests(UninstalledPlatform fixture) : IClassFixture<UninstalledPlatform>
{
    private readonly PlatformFactory _platform = fixture.Platform;

    [Theory]
    [InlineData("/")]
    [InlineData("/connexion")]
    [InlineData("/admin/modules")]
    [InlineData("/admin/utilisateurs")]
    public async Task Before_installation_every_page_leads_to_the_installation_page(string path)
    {
        using var browser = _platform.NewBrowser();

        var response = await browser.GetAsync(path);

        Assert.Equal("/installation", Browser.RedirectPath(response));
    }

    [Theory]
    [InlineData("yonne nord")]
    [InlineData("Yonne Nord")]
    [InlineData("248900896")]
    [InlineData("2489008")]
    public async Task Search_finds_CC_Yonne_Nord_by_name_or_siren(string query)
    {
        using var browser = _platform.NewBrowser();

        var page = await browser.OpenAsync($"/installation?q={Uri.EscapeDataString(query)}");

        var results = page.Document.QuerySelectorAll("main li.list-group-item").Select(li => HtmlPage.Normalize(li.TextContent)).ToList();
        var yonneNord = Assert.Single(results, r => r.Contains(YonneNord.Name));
        Assert.Contains($"SIREN {YonneNord.Siren}", yonneNord);
        Assert.Contains($"{YonneNord.Communes} communes", yonneNord);
        Assert.Contains($"{YonneNord.Population} habitants", yonneNord);
        Assert.NotNull(page.Document.QuerySelector($"a[href='/installation?siren={YonneNord.Siren}']"));
    }

    [Fact]
    public async Task Search_says_so_when_nothing_matches()
    {
        using var browser = _platform.NewBrowser();

        var page = await browser.OpenAsync("/installation?q=Nulle%20part%20sur%20Terre");

        Assert.Contains("Aucune intercommunalité ne correspond à « Nulle part sur Terre »", page.Text);
        Assert.Empty(page.Document.QuerySelectorAll("main li.list-group-item"));
    }

    [Fact]
    public async Task Choosing_the_intercommunalite_shows_its_communes_and_population()
    {
        using var browser = _platform.NewBrowser();

        var page = await browser.OpenAsync($"/installation?siren={YonneNord.Siren}");

        Assert.Contains($"{YonneNord.Communes} communes", page.TextOf("main .card"));
        Assert.Contains($"{YonneNord.Population} habitants", page.TextOf("main .card"));
        var communes = page.Document.QuerySelectorAll("main .card tbody tr").Select(tr => HtmlPage.Normalize(tr.TextContent)).ToList();
        Assert.Equal(YonneNord.Communes, communes.Count);
        Assert.Contains(communes, c => c.StartsWith("Pont-sur-Yonne", StringComparison.Ordinal));
        Assert.NotNull(page.Document.QuerySelector("main form[method=post] input[name='Input.Email']"));
    }

    [Fact]
    public async Task Different_passwords_are_refused_in_French_and_nothing_is_saved()
    {
        using var browser = _platform.NewBrowser();
        var form = await browser.OpenAsync($"/installation?siren={YonneNord.Siren}");

        var page = await browser.SubmitAndFollowAsync(form, AdminForm(password: "Mot-de-passe-2026", confirmation: "Mot-de-passe-2027"));

        Assert.Equal("/installation", page.Path);
        Assert.Contains("Les deux mots de passe ne sont pas identiques.", page.Errors);
        await AssertNothingInstalledAsync(browser);
    }

    [Fact]
    public async Task An_invalid_email_is_refused_in_French_and_nothing_is_saved()
    {
        using var browser = _platform.NewBrowser();
        var form = await browser.OpenAsync($"/installation?siren={YonneNord.Siren}");

        var page = await browser.SubmitAndFollowAsync(form, AdminForm(email: "pas-une-adresse"));

        Assert.Contains("Cette adresse électronique n'est pas valide.", page.Errors);
        await AssertNothingInstalledAsync(browser);
    }

    [Fact]
    public async Task A_password_refused_while_creating_the_account_undoes_the_whole_installation()
    {
        // The territory is written before the account: the account's failure must take it back.
        using var browser = _platform.NewBrowser();
        var form = await browser.OpenAsync($"/installation?siren={YonneNord.Siren}");

        var page = await browser.SubmitAndFollowAsync(form, AdminForm(password: "court1", confirmation: "court1"));

        Assert.Contains("Le mot de passe doit contenir au moins 10 caractères.", page.Errors);
        await AssertNothingInstalledAsync(browser);
    }

    [Fact]
    public async Task Health_answers_before_installation()
    {
        using var browser = _platform.NewBrowser();

        var response = await browser.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task AssertNothingInstalledAsync(Browser browser)
    {
        Assert.Equal("/installation", Browser.RedirectPath(await browser.GetAsync("/")));
        await using var scope = _platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        Assert.False(await db.Installations.AnyAsync());
        Assert.False(await db.Communes.AnyAsync());
        Assert.False(await db.Users.AnyAsync());
    }

    internal static Dictionary<string, string> AdminForm(
        string email = "direction@yonne-nord.fr", string password = "Installation-2026", string? confirmation = null) => new()
    {
        ["Input.DisplayName"] = "Dominique Directrice",
        ["Input.Email"] = email,
        ["Input.Password"] = password,
        ["Input.Confirmation"] = confirmation ?? password,
    };
}

/// <summary>Installing changes the platform for good: each test here has its own.</summary>
public sealed class InstallationFlowTests
{
    [Fact]
    public async Task Installing_creates_the_territory_and_the_administrator_who_can_then_sign_in()
    {
        await using var platform = await PlatformFactory.StartAsync(new PlatformOptions { Installed = false });
        using var browser = platform.NewBrowser();
        var form = await browser.OpenAsync($"/installation?siren={YonneNord.Siren}");

        var installed = await browser.SubmitAsync(form, InstallationTests.AdminForm());

        Assert.Equal("/connexion", Browser.RedirectPath(installed));
        var signIn = await browser.OpenAsync("/connexion");
        Assert.Contains($"La plateforme est installée pour {YonneNord.Name}", signIn.Text);

        await browser.SignInAsync(new Account("direction@yonne-nord.fr", "Dominique Directrice", Sdk.Roles.Administrateur, "Installation-2026"));
        var home = await browser.OpenAsync("/");
        Assert.Equal("/", home.Path);
        Assert.Contains("Bonjour Dominique Directrice", home.Text);
        Assert.Contains($"{YonneNord.Name} : {YonneNord.Communes} communes, {YonneNord.Population} habitants", home.Text);
        var users = await browser.OpenAsync("/admin/utilisateurs");
        Assert.Equal(HttpStatusCode.OK, users.Status);
        Assert.Contains("direction@yonne-nord.fr", users.Text);
        Assert.Contains("Administrateur", users.Text);

        Assert.Equal("/", Browser.RedirectPath(await browser.GetAsync("/installation")));
        using var anonymous = platform.NewBrowser();
        Assert.Equal("/", Browser.RedirectPath(await anonymous.GetAsync($"/installation?siren={YonneNord.Siren}")));
    }
}
