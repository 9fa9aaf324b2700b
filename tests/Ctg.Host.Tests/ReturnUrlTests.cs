namespace Ctg.Host.Tests;

/// <summary>After signing in, a return address leads to a page of this site or to the home page: never elsewhere, never to an error.</summary>
[Collection(HostAccessCollection.Name)]
public sealed class ReturnUrlTests(InstalledPlatform fixture)
{
    private readonly PlatformFactory _platform = fixture.Platform;

    public static TheoryData<string> Hostile => new()
    {
        "//evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        "/\u3000/evil.example",
        "/\t/evil.example",
        "/admin/modules\r\nSet-Cookie: x=1",
        "https://evil.example",
        "javascript:alert(1)",
        "/é",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_return_address_that_is_not_a_plain_local_path_leads_home(string returnUrl)
    {
        using var browser = _platform.NewBrowser();

        var response = await SignInAsync(browser, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_local_path_with_spaces_around_it_is_cleaned_like_any_field_and_stays_on_this_site()
    {
        using var browser = _platform.NewBrowser();

        var response = await SignInAsync(browser, " /admin/modules\u3000");

        Assert.Equal("/admin/modules", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_local_path_with_its_query_is_kept()
    {
        using var browser = _platform.NewBrowser();

        var response = await SignInAsync(browser, "/admin/modules?tri=nom&page=2");

        Assert.Equal("/admin/modules?tri=nom&page=2", response.Headers.Location!.OriginalString);
    }

    private static async Task<HttpResponseMessage> SignInAsync(Browser browser, string returnUrl) =>
        await browser.SubmitAsync(await browser.OpenAsync("/connexion"), new Dictionary<string, string>
        {
            ["Input.Email"] = Accounts.Coordination.Email,
            ["Input.Password"] = Accounts.Password,
            ["ReturnUrl"] = returnUrl,
        });
}
