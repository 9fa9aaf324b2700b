using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Ctg.Host.Tests.Methodology;

/// <summary>What the Methodology tests do through the pages, as a person would.</summary>
internal static class MethodologySteps
{
    /// <summary>Creates a fiche through the creation form; fails with the form's errors if it is refused.</summary>
    public static async Task<Guid> CreateFicheAsync(Browser coordination, string number, string title, IReadOnlyDictionary<string, string>? more = null)
    {
        var form = await coordination.OpenAsync("/methodologie/fiches/nouvelle");
        var fields = new Dictionary<string, string> { ["Input.Number"] = number, ["Input.Title"] = title };
        foreach (var (name, value) in more ?? new Dictionary<string, string>())
        {
            fields[name] = value;
        }
        var response = await coordination.SubmitAsync(form, fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await Browser.ReadAsync(response, form.Url);
            Assert.Fail($"La fiche n'a pas été créée ({response.StatusCode}) : {page.Errors}");
        }
        return Guid.Parse(Browser.RedirectPath(response).Split('/').Last());
    }

    /// <summary>Creates a plan of 2024–2028 through its form, with these level labels (by default Axe, Objectif).</summary>
    public static async Task<Guid> CreatePlanAsync(Browser coordination, string title, params string[] levels)
    {
        var form = await coordination.OpenAsync("/methodologie/plans/nouveau");
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.StartsOn"] = "2024-01-01",
            ["Input.EndsOn"] = "2028-12-31",
        };
        levels = levels.Length == 0 ? ["Axe", "Objectif"] : levels;
        for (var i = 0; i < 6; i++)
        {
            fields[$"Input.Levels[{i}]"] = i < levels.Length ? levels[i] : "";
        }
        var response = await coordination.SubmitAsync(form, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, (await Browser.ReadAsync(response, form.Url)).Errors);
        return Guid.Parse(Browser.RedirectPath(response).Split('/').Last());
    }

    /// <summary>The value of the option, in this select, whose text contains this.</summary>
    public static string Option(HtmlPage page, string selectSelector, string text) =>
        page.Document.QuerySelectorAll<IHtmlOptionElement>($"{selectSelector} option").First(o => o.Text.Contains(text, StringComparison.Ordinal)).Value;

    public static void Check(HtmlPage page, string checkboxId) =>
        page.Document.QuerySelector<IHtmlInputElement>("#" + checkboxId)!.IsChecked = true;

    /// <summary>The value of an input of the page; fails if there is none.</summary>
    public static string Value(HtmlPage page, string selector) =>
        page.Document.QuerySelector<IHtmlInputElement>(selector)?.Value ?? throw new Xunit.Sdk.XunitException($"Pas de champ {selector}.");

    /// <summary>A post that no form of the page offers, with the antiforgery token the page gives (its sign-out form's).</summary>
    public static Task<HttpResponseMessage> PostWithTokenAsync(Browser browser, HtmlPage page, string path, params (string Name, string Value)[] fields)
    {
        var token = page.Document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        return browser.Client.PostAsync(path, new FormUrlEncodedContent(
            fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token))));
    }
}
