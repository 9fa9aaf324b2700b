using Microsoft.AspNetCore.Mvc.Testing;

namespace Ctg.Host.Tests.Infrastructure;

/// <summary>What an administrator does to an account on Administration › Utilisateurs, and a session cookie as an attacker copies it.</summary>
public static class AccountPages
{
    /// <summary>The account's page, reached from the list as the administrator would.</summary>
    public static async Task<HtmlPage> OpenAsync(Browser administrator, string email)
    {
        var users = await administrator.OpenAsync("/admin/utilisateurs");
        var link = users.Document.QuerySelectorAll("tbody tr")
            .Single(row => row.TextContent.Contains(email))
            .QuerySelector("a[href^='/admin/utilisateurs/']")!.GetAttribute("href")!;
        return await administrator.OpenAsync(link);
    }

    public static async Task DeactivateAsync(Browser administrator, string email)
    {
        var page = await administrator.SubmitAndFollowAsync(await OpenAsync(administrator, email), new Dictionary<string, string>(), "form[action*='handler=Active']");
        Assert.Contains("est désactivé", page.Text);
    }

    public static async Task ChangeRoleAsync(Browser administrator, string email, string role)
    {
        var response = await administrator.SubmitAsync(await OpenAsync(administrator, email), new Dictionary<string, string> { ["Input.Role"] = role });
        Assert.Equal("/admin/utilisateurs", Browser.RedirectPath(response));
    }

    /// <summary>Asks for a link to choose a new password; the page that answers.</summary>
    public static async Task<HtmlPage> AskResetLinkAsync(Browser administrator, string email) =>
        await administrator.SubmitAndFollowAsync(await OpenAsync(administrator, email), new Dictionary<string, string>(), "form[action*='handler=Reset']");

    public static string? ResetLink(HtmlPage page) =>
        page.Document.QuerySelector("input[aria-label='Lien de réinitialisation']")?.GetAttribute("value");

    public static string? InvitationLink(HtmlPage page) =>
        page.Document.QuerySelector("input[aria-label=\"Lien d'invitation\"]")?.GetAttribute("value");

    /// <summary>The session cookie a sign-in response sets, as "ctg.session=…", ready to be sent from anywhere.</summary>
    public static string SessionCookie(HttpResponseMessage signIn)
    {
        Assert.True(signIn.Headers.TryGetValues("Set-Cookie", out var cookies), "La connexion n'a posé aucun cookie.");
        return cookies.Select(c => c.Split(';')[0]).Single(c => c.StartsWith("ctg.session=", StringComparison.Ordinal));
    }

    /// <summary>A request that carries only this cookie, from a client that keeps none: a copied cookie replayed.</summary>
    public static async Task<HttpResponseMessage> ReplayAsync(WebApplicationFactory<Program> platform, string cookie, string path)
    {
        using var client = platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}
