using Ctg.Host.Pages.Admin.Utilisateurs;
using Ctg.Sdk;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ctg.Host.Tests;

/// <summary>
/// Invitation and reset links start with the configured public address (Ctg:PublicUrl), never with the Host
/// header a client sends; without that setting, only Development falls back to the request. Each test runs a
/// host of its own settings on the data of one installed platform.
/// </summary>
public sealed class PublicUrlTests(InstalledPlatform fixture) : IClassFixture<InstalledPlatform>
{
    private const string PublicUrl = "https://ctg.cc-yonne-nord.fr";
    private readonly PlatformFactory _platform = fixture.Platform;

    [Fact]
    public async Task A_request_with_a_forged_host_gets_links_on_the_configured_address()
    {
        var host = _platform.WithWebHostBuilder(builder => builder.UseEnvironment("Production").UseSetting("Ctg:PublicUrl", PublicUrl));
        using var admin = await SignedInAsync(host, new Uri("http://evil.example/"));
        var account = await _platform.CreateAccountAsync(Roles.Lecteur);

        var invitation = AccountPages.InvitationLink(await InviteAsync(admin));
        var reset = AccountPages.ResetLink(await AccountPages.AskResetLinkAsync(admin, account.Email));

        Assert.StartsWith(PublicUrl + "/activation?id=", invitation);
        Assert.StartsWith(PublicUrl + "/activation?id=", reset);
        using var person = _platform.NewBrowser();
        var activation = await person.OpenAsync(new Uri(reset!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, activation.Status);
        Assert.Contains("Choisir un mot de passe", activation.TextOf("main h1"));
    }

    [Fact]
    public async Task Without_a_public_address_in_production_the_administrator_is_told_to_set_it_and_gets_no_link()
    {
        var host = _platform.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        using var admin = await SignedInAsync(host, new Uri("http://evil.example/"));
        var account = await _platform.CreateAccountAsync(Roles.Lecteur);
        var email = $"{Guid.NewGuid():N}@mairie-essai.fr";

        var form = await admin.OpenAsync("/admin/utilisateurs/nouveau");
        var invited = await InviteAsync(admin, email);
        var reset = await AccountPages.AskResetLinkAsync(admin, account.Email);

        Assert.Contains(HtmlPage.Normalize(Links.MissingPublicUrl), form.TextOf("main .alert-warning"));
        Assert.Null(AccountPages.InvitationLink(invited));
        Assert.Equal(HtmlPage.Normalize(Links.MissingPublicUrl), invited.Errors);
        Assert.DoesNotContain(email, (await admin.OpenAsync("/admin/utilisateurs")).Text);
        Assert.Null(AccountPages.ResetLink(reset));
        Assert.Equal(HtmlPage.Normalize(Links.MissingPublicUrl), reset.Errors);
    }

    [Fact]
    public async Task A_public_address_that_is_not_a_full_http_address_is_reported()
    {
        var host = _platform.WithWebHostBuilder(builder => builder.UseEnvironment("Production").UseSetting("Ctg:PublicUrl", "ctg.cc-yonne-nord.fr"));
        using var admin = await SignedInAsync(host, new Uri("http://localhost/"));

        var invited = await InviteAsync(admin);

        Assert.Null(AccountPages.InvitationLink(invited));
        Assert.Contains("(« ctg.cc-yonne-nord.fr ») n'est pas une adresse complète", invited.Errors);
    }

    [Fact]
    public async Task In_development_without_a_public_address_links_use_the_request_address()
    {
        using var admin = await _platform.SignedInAsync(Accounts.Administrateur);

        var invitation = AccountPages.InvitationLink(await InviteAsync(admin));

        Assert.StartsWith("http://localhost/activation?id=", invitation);
    }

    private static async Task<Browser> SignedInAsync(WebApplicationFactory<Program> host, Uri address)
    {
        var admin = new Browser(host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = address, AllowAutoRedirect = false }));
        await admin.SignInAsync(Accounts.Administrateur);
        return admin;
    }

    private static async Task<HtmlPage> InviteAsync(Browser admin, string? email = null) =>
        await admin.SubmitAndFollowAsync(await admin.OpenAsync("/admin/utilisateurs/nouveau"), new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Inès Invitée",
            ["Input.Email"] = email ?? $"{Guid.NewGuid():N}@mairie-essai.fr",
            ["Input.Role"] = Roles.Lecteur,
            ["Input.Invite"] = "true",
        });
}
