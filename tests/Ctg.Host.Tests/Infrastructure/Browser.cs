using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Ctg.Host.Tests.Infrastructure;

/// <summary>A page as a person sees it: where it is, its status, its HTML.</summary>
public sealed partial record HtmlPage(Uri Url, HttpStatusCode Status, IDocument Document)
{
    public string Path => Url.AbsolutePath;

    /// <summary>The visible text with spaces made plain: French numbers use narrow no-break spaces ("24 896").</summary>
    public string Text => Normalize(Document.Body?.TextContent ?? "");

    public string TextOf(string selector) => Normalize(Document.QuerySelector(selector)?.TextContent ?? "");

    /// <summary>Links of the main navigation.</summary>
    public IReadOnlyList<string> NavigationLinks =>
        Document.QuerySelectorAll("header nav a.nav-link").Select(a => a.GetAttribute("href") ?? "").ToList();

    /// <summary>Error messages of the form: summary and field messages.</summary>
    public string Errors => Normalize(string.Join(" | ",
        Document.QuerySelectorAll(".validation-summary-errors li, .field-validation-error").Select(e => e.TextContent)));

    public static string Normalize(string text) => Spaces().Replace(text.Replace('\u202F', ' ').Replace('\u00A0', ' '), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <summary>
/// An HTTP client that behaves like a browser for the tests: keeps its cookies, posts forms with what they
/// contain (antiforgery token included), and follows redirects only when asked to.
/// </summary>
public sealed class Browser(HttpClient client) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Client => client;

    /// <summary>One request, redirects not followed: for tests about where a page leads.</summary>
    public Task<HttpResponseMessage> GetAsync(string url) => client.GetAsync(url);

    /// <summary>Opens a page, following redirects as a browser would.</summary>
    public async Task<HtmlPage> OpenAsync(string url) => await FollowAsync(await client.GetAsync(url), new Uri(client.BaseAddress!, url));

    /// <summary>Fills and posts a form of the page; redirects not followed.</summary>
    /// <param name="fields">Field values by name; other fields keep what the page put in them.</param>
    /// <param name="formSelector">The form; by default the first form that posts inside the main content.</param>
    public Task<HttpResponseMessage> SubmitAsync(HtmlPage page, IReadOnlyDictionary<string, string> fields, string formSelector = "main form[method=post]")
    {
        var form = page.Document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"Aucun formulaire « {formSelector} » sur {page.Url}.");
        var values = FormValues(form);
        foreach (var (name, value) in fields)
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }
        var action = form.GetAttribute("action") is { Length: > 0 } target ? new Uri(page.Url, target) : page.Url;
        return client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>Posts a form and follows where it leads.</summary>
    public async Task<HtmlPage> SubmitAndFollowAsync(HtmlPage page, IReadOnlyDictionary<string, string> fields, string formSelector = "main form[method=post]") =>
        await FollowAsync(await SubmitAsync(page, fields, formSelector), page.Url);

    /// <summary>Signs in through the sign-in page; fails the test unless it leads to the home page.</summary>
    public async Task SignInAsync(Account account)
    {
        var response = await PostSignInAsync(account.Email, account.Password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await ReadAsync(response, new Uri(client.BaseAddress!, "/connexion"));
            Assert.Fail($"La connexion de {account.Email} a échoué ({response.StatusCode}) : {page.Errors}");
        }
    }

    /// <summary>Fills the sign-in form; redirects not followed.</summary>
    public async Task<HttpResponseMessage> PostSignInAsync(string email, string password)
    {
        var page = await OpenAsync("/connexion");
        return await SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    public static async Task<HtmlPage> ReadAsync(HttpResponseMessage response, Uri url)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(url, response.StatusCode, await Parser.ParseDocumentAsync(html));
    }

    /// <summary>The path a redirect leads to, without its query ("/connexion"); fails the test if it is no redirect.</summary>
    public static string RedirectPath(HttpResponseMessage response)
    {
        Assert.True(IsRedirect(response.StatusCode), $"Une redirection était attendue, la réponse est {(int)response.StatusCode} {response.StatusCode}.");
        return new Uri(new Uri("http://localhost/"), response.Headers.Location!).AbsolutePath;
    }

    private async Task<HtmlPage> FollowAsync(HttpResponseMessage response, Uri url)
    {
        for (var hops = 0; IsRedirect(response.StatusCode); hops++)
        {
            if (hops == 10)
            {
                throw new InvalidOperationException($"Trop de redirections depuis {url}.");
            }
            url = new Uri(url, response.Headers.Location!);
            response.Dispose();
            response = await client.GetAsync(url);
        }
        using (response)
        {
            return await ReadAsync(response, url);
        }
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.MovedPermanently
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>The values a form would post as it stands (hidden, text, selects, checked boxes; no file).</summary>
    public static List<KeyValuePair<string, string>> FormValues(IHtmlFormElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }
            switch (element)
            {
                case IHtmlInputElement { Type: "submit" or "button" or "image" or "reset" or "file" }:
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" } choice:
                    if (choice.IsChecked)
                    {
                        values.Add(new(name, choice.Value));
                    }
                    break;
                case IHtmlInputElement input:
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    var option = select.Options.FirstOrDefault(o => o.IsSelected) ?? select.Options.FirstOrDefault();
                    if (option is not null)
                    {
                        values.Add(new(name, option.Value));
                    }
                    break;
                case IHtmlTextAreaElement textArea:
                    values.Add(new(name, textArea.Value));
                    break;
            }
        }
        return values;
    }

    public void Dispose() => client.Dispose();
}
