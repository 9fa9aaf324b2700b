using AngleSharp.Dom;
using System.Globalization;
using AngleSharp.Html.Dom;

namespace Ctg.Host.Tests.Methodology;

/// <summary>What the fiche tests do through the pages, and what they read back of the database.</summary>
internal static class FicheSteps
{
    /// <summary>A number no other test uses: fiche numbers are unique.</summary>
    public static string NewNumber() => "F" + Random.Shared.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);

    /// <summary>Creates a fiche through the creation form; fails with the form's errors if it is refused.</summary>
    public static async Task<Guid> CreateAsync(Browser coordination, string number, string title, IReadOnlyDictionary<string, string>? more = null)
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

    /// <summary>The value of the option of a select whose text contains this.</summary>
    public static string Option(HtmlPage page, string selectId, string text) =>
        page.Document.QuerySelectorAll<IHtmlOptionElement>($"#{selectId} option").First(o => o.Text.Contains(text, StringComparison.Ordinal)).Value;

    public static void Check(HtmlPage page, string checkboxId) =>
        page.Document.QuerySelector<IHtmlInputElement>("#" + checkboxId)!.IsChecked = true;

    /// <summary>A post that no form of the page offers, with the antiforgery token of the page (its sign-out form's).</summary>
    public static Task<HttpResponseMessage> PostWithTokenAsync(Browser browser, HtmlPage page, string path, params (string Name, string Value)[] fields)
    {
        var token = page.Document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        return browser.Client.PostAsync(path, new FormUrlEncodedContent(
            fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token))));
    }

    /// <summary>The host's id of an account: the fiche's pilote account is this id.</summary>
    public static string UserId(PlatformFactory platform, Account account) =>
        (string)Scalar(platform, "SELECT Id FROM Plateforme_Utilisateurs WHERE NormalizedEmail = $1", account.Email.ToUpperInvariant())!;

    public static long Count(PlatformFactory platform, string sql, params object[] parameters) => (long)Scalar(platform, sql, parameters)!;

    public static object? Scalar(PlatformFactory platform, string sql, params object[] parameters)
    {
        using var connection = platform.OpenDatabase();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters.AddWithValue("$" + (i + 1), parameters[i] is Guid id ? id.ToString().ToUpperInvariant() : parameters[i]);
        }
        return command.ExecuteScalar();
    }

    /// <summary>What the Evaluation module's journal recorded of Methodology's notifications.</summary>
    public static IReadOnlyList<string> Journal(PlatformFactory platform)
    {
        using var connection = platform.OpenDatabase();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Text FROM Eval_Journal WHERE Source = 'methodology'";
        using var reader = command.ExecuteReader();
        var texts = new List<string>();
        while (reader.Read())
        {
            texts.Add(reader.GetString(0));
        }
        return texts;
    }

    /// <summary>A plan with one axis; the plan pages belong to another part of the module.</summary>
    public static (Guid Plan, Guid Node) AddPlan(PlatformFactory platform, string title)
    {
        var plan = Guid.NewGuid();
        var node = Guid.NewGuid();
        using var connection = platform.OpenDatabase();
        using var command = connection.CreateCommand();
        command.CommandText =
            "INSERT INTO Met_Plans (Id, Title, LevelLabels, CreatedAt, Version) VALUES ($p, $t, 'Axe|Objectif', 0, 1);" +
            "INSERT INTO Met_PlanNodes (Id, PlanId, ParentId, Depth, Position, Code, Title) VALUES ($n, $p, NULL, 0, 1, '1', 'Petite enfance');";
        command.Parameters.AddWithValue("$p", plan.ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$n", node.ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$t", title);
        command.ExecuteNonQuery();
        return (plan, node);
    }
}
