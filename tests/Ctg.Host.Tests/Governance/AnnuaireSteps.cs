using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Ctg.Host.Tests.Governance;

/// <summary>
/// The directory, its import, the instances and what Governance answers other modules: one platform, tests one
/// after another. Each test names what it writes uniquely; the counts taken (organisations, persons) are
/// before/after within one test, or of rows no test here adds (the communes of the territory, the EPCI).
/// </summary>
[CollectionDefinition(AnnuaireSteps.Collection)]
public sealed class AnnuaireCollection : ICollectionFixture<InstalledPlatform>;

/// <summary>What a coordinator does in the directory, step by step through its pages, for the directory's tests.</summary>
public static class AnnuaireSteps
{
    public const string Collection = "Gouvernance : annuaire et instances";

    /// <summary>A name no other test uses, so that tests sharing a platform do not see each other's data.</summary>
    public static string Unique(string name) => $"{name}{Guid.NewGuid().ToString("N")[..6]}";

    public static Guid IdFromPath(string path) => Guid.Parse(path.Split('/', StringSplitOptions.RemoveEmptyEntries)[3]);

    /// <summary>Creates an organisation through its form; returns its id, read from the organisations list.</summary>
    public static async Task<Guid> CreateOrganisationAsync(Browser browser, string name, string type, string? email = null)
    {
        var form = await browser.OpenAsync("/gouvernance/annuaire/organisations/nouvelle");
        var list = await browser.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Type"] = type,
            ["Input.Email"] = email ?? "",
        });
        Assert.Equal("/gouvernance/annuaire/organisations", list.Path);
        var row = list.Document.QuerySelectorAll("#organisations tbody tr").Single(r => HtmlPage.Normalize(r.QuerySelector("th")!.TextContent) == name);
        return Guid.Parse(row.GetAttribute("data-organisation")!);
    }

    /// <summary>Creates a person through the form; returns the person's page.</summary>
    public static async Task<HtmlPage> CreatePersonAsync(Browser browser, string firstName, string lastName,
        string? email = null, Guid? organisationId = null, string? function = null, string? interests = null, string? phone = null)
    {
        var form = await browser.OpenAsync("/gouvernance/annuaire/personnes/nouvelle");
        var page = await browser.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            ["Input.FirstName"] = firstName,
            ["Input.LastName"] = lastName,
            ["Input.Email"] = email ?? "",
            ["Input.OrganisationId"] = organisationId?.ToString() ?? "",
            ["Input.Function"] = function ?? "",
            ["Input.Interests"] = interests ?? "",
            ["Input.Phone"] = phone ?? "",
        });
        Assert.True(page.Path.StartsWith("/gouvernance/annuaire/personnes/", StringComparison.Ordinal) && !page.Path.EndsWith("/nouvelle", StringComparison.Ordinal),
            $"{page.Status} {page.Path} : {page.Errors} {page.Text[..Math.Min(3000, page.Text.Length)]}");
        return page;
    }

    /// <summary>The names of the persons listed for a search of the directory.</summary>
    public static async Task<IReadOnlyList<string>> ListAsync(Browser browser, string query)
    {
        var page = await browser.OpenAsync("/gouvernance/annuaire?" + query);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelectorAll("#personnes tbody tr th").Select(th => HtmlPage.Normalize(th.TextContent)).ToList();
    }

    /// <summary>Posts a file through the import form, as a browser sends it (multipart, antiforgery token included).</summary>
    public static async Task<HtmlPage> UploadAsync(Browser browser, byte[] content, string fileName = "annuaire.csv")
    {
        var page = await browser.OpenAsync("/gouvernance/annuaire/import");
        var form = page.Document.QuerySelector<IHtmlFormElement>("form#envoyer")!;
        using var body = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]"))
        {
            body.Add(new StringContent(hidden.Value), hidden.Name!);
        }
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        body.Add(file, "fichier", fileName);
        var action = new Uri(page.Url, form.GetAttribute("action")!);
        using var response = await browser.Client.PostAsync(action, body);
        return await Browser.ReadAsync(response, action);
    }

    /// <summary>Pastes a text in the import form and asks for the preview.</summary>
    public static async Task<HtmlPage> PasteAsync(Browser browser, string text)
    {
        var page = await browser.OpenAsync("/gouvernance/annuaire/import");
        return await browser.SubmitAndFollowAsync(page, new Dictionary<string, string> { ["texte"] = text }, "form#envoyer");
    }
}
