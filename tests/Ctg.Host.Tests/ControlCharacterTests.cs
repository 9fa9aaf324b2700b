using System.IO.Compression;
using AngleSharp.Dom;
using Ctg.Host.Tests.Governance;
using Ctg.Host.Tests.Methodology;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Ical.Net;
using Spreadsheet = DocumentFormat.OpenXml.Spreadsheet;

namespace Ctg.Host.Tests;

/// <summary>
/// Governance and Methodology rows holding control characters, written straight into the database as texts
/// stored before input was cleaned: a vertical tab pasted from Word, other C0 controls, a non-character.
/// </summary>
public sealed class HostileTextPlatform : InstalledPlatform
{
    /// <summary>Word's line break, two C0 controls, a C1 control, a form feed and a non-character.</summary>
    public const string Junk = "\v\u0001\u001F\u0085\f\uFFFF";

    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);

    public Guid Instance { get; private set; }
    public Guid Seance { get; private set; }
    public string FeedToken { get; } = "jeton" + Guid.NewGuid().ToString("N");
    public Guid Plan { get; private set; }
    public Guid Fiche { get; private set; }

    public void Seed()
    {
        using (var data = new FiguresData(Platform))
        {
            var organisation = data.Organisation($"Mairie{Junk}de Sens", "Epci");
            var person = data.Person($"Anne{Junk}", $"Martin{Junk}", organisation);
            Instance = data.Instance($"Comité\vde pilotage{Junk}", 4);
            data.Member(Instance, person, Today.AddYears(-1));
            Seance = data.Seance(Instance, Today, "Tenue", new TimeOnly(14, 0), new TimeOnly(16, 0), $"Salle\vdu conseil{Junk}");
            data.Seance(Instance, Today.AddDays(20), "Planifiee", place: $"{Junk}Mairie\vde Sens");
            data.Attendance(Seance, person, "Present", (organisation, $"Mairie{Junk}de Sens", "Epci"));
            var decision = data.Decision(Seance, 1, $"Le bilan{Junk}est validé.");
            data.FollowUp(decision, $"=Envoyer{Junk}le bilan", person, Today.AddDays(30));
        }
        using var connection = Platform.OpenDatabase();
        Execute(connection, "UPDATE Gov_Seances SET MinutesHtml = $1 WHERE Id = $2", $"<p>Les élus{Junk}valident le plan.</p><ul><li>Point{Junk}un</li></ul>", Seance);
        Execute(connection, "INSERT INTO Gov_OrdreDuJour (Id, SeanceId, Position, Title, DurationMinutes) VALUES ($1, $2, 1, $3, 30)",
            Guid.NewGuid(), Seance, $"Bilan{Junk}annuel");
        Execute(connection, "INSERT INTO Gov_FluxAgenda (Id, InstanceId, Token, CreatedAt) VALUES ($1, $2, $3, $4)",
            Guid.NewGuid(), Instance, FeedToken, "2026-01-05 10:00:00+00:00");

        using var rows = new MethodologyData(Platform);
        Plan = rows.Plan($"Plan{Junk}CTG {Guid.NewGuid():N}", $"Axe{Junk}|Enjeu");
        var axe = rows.Node(Plan, null, 0, 1, "1", $"Petite{Junk}enfance");
        Fiche = rows.Fiche(MethodologyData.NewNumber(), $"Fiche{Junk}titre", pilote: $"Anne{Junk}Martin", theme: $"Gouver{Junk}nance",
            diagnostic: $"Constats :{Junk}- un\v- deux", decisionAwaited: $"Valider{Junk}le calendrier");
        rows.Mission(Fiche, 1, $"Impulser{Junk}la CTG", $"Sous-action{Junk}une\vdeux");
        rows.Jalon(Fiche, $"COPIL{Junk}de lancement", Today.AddDays(10));
        rows.Financement(Fiche, $"CAF{Junk}de l'Yonne", 2026, 1000m, null);
        rows.Place(Plan, Fiche, axe, 1);
    }

    private static void Execute(Microsoft.Data.Sqlite.SqliteConnection connection, string sql, params object[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue("$" + (i + 1), SqliteRows.Format(values[i]));
        }
        command.ExecuteNonQuery();
    }
}

/// <summary>
/// Every export opens, whatever a stored text holds; and what a form receives is stored without what no
/// document can hold. Texts pasted from Word carry vertical tabs: one of them made the dashboard's workbook
/// and the compte rendu answer 500 for every role.
/// </summary>
public sealed class ControlCharacterTests(HostileTextPlatform territory) : IClassFixture<HostileTextPlatform>, IAsyncLifetime
{
    private static bool _seeded;

    public Task InitializeAsync()
    {
        if (!_seeded)
        {
            territory.Seed();
            _seeded = true;
        }
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<byte[]> DownloadAsync(Browser browser, string path)
    {
        using var response = await browser.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} : {(int)response.StatusCode} {response.StatusCode}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Opens and validates a DOCX or XLSX; returns the text of its parts.</summary>
    private static string OpenAndValidate(byte[] bytes, bool spreadsheet)
    {
        using (OpenXmlPackage document = spreadsheet
            ? SpreadsheetDocument.Open(new MemoryStream(bytes), false)
            : WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
        using var zip = new ZipArchive(new MemoryStream(bytes));
        return string.Join("\n", zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }

    /// <summary>No control character but tab and line ends, no non-character, no lone surrogate.</summary>
    private static void AssertOnlyWritableCharacters(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            Assert.False(char.IsControl(c) && c is not ('\t' or '\r' or '\n') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF',
                $"U+{(int)c:X4} à la position {i} : « {text[Math.Max(0, i - 30)..Math.Min(text.Length, i + 30)]} »");
        }
    }

    [Theory]
    [InlineData("Lecteur")]
    [InlineData("Coordination")]
    public async Task The_dashboard_workbook_opens_when_an_instance_is_named_with_a_vertical_tab(string role)
    {
        using var browser = await territory.SignedInAsync(Accounts.ForRole(role));

        var bytes = await DownloadAsync(browser, $"/gouvernance/tableau-de-bord/export.xlsx?periode={HostileTextPlatform.Today.Year}");

        var xml = OpenAndValidate(bytes, spreadsheet: true);
        Assert.Contains("Comité\nde pilotage", xml);
        Assert.Contains("Mairie\n\n\nde Sens", xml);
    }

    [Fact]
    public async Task The_dashboard_csv_holds_no_control_character_and_defuses_formulas()
    {
        using var browser = await territory.SignedInAsync(Accounts.Lecteur);

        var text = System.Text.Encoding.UTF8.GetString(await DownloadAsync(browser, $"/gouvernance/tableau-de-bord/export.csv?periode={HostileTextPlatform.Today.Year}"));

        AssertOnlyWritableCharacters(text);
        Assert.Contains("\"Comité\nde pilotage\n\n\n\"", text);
    }

    [Fact]
    public async Task The_compte_rendu_opens_when_the_place_and_the_minutes_hold_control_characters()
    {
        using var browser = await territory.SignedInAsync(Accounts.Lecteur);

        var xml = OpenAndValidate(await DownloadAsync(browser, $"/gouvernance/seances/{territory.Seance}/compte-rendu.docx"), spreadsheet: false);

        Assert.Contains("Lieu : Salle", xml);
        Assert.Contains("du conseil", xml);
        Assert.Contains("Les élus", xml);
        Assert.Contains("Envoyer", xml);
    }

    [Fact]
    public async Task The_invitation_and_the_feed_are_icalendar_without_control_characters()
    {
        using var coordination = await territory.SignedInAsync(Accounts.Coordination);
        using var calendarApplication = territory.Platform.NewBrowser();

        var invitation = System.Text.Encoding.UTF8.GetString(await DownloadAsync(coordination, $"/gouvernance/seances/{territory.Seance}/convocation.ics"));
        var feed = System.Text.Encoding.UTF8.GetString(await DownloadAsync(calendarApplication, $"/gouvernance/agenda/{territory.FeedToken}.ics"));

        foreach (var ics in new[] { invitation, feed })
        {
            AssertOnlyWritableCharacters(ics);
            var calendar = Calendar.Load(ics)!;
            Assert.NotEmpty(calendar.Events);
            Assert.All(calendar.Events, e => Assert.StartsWith("Comité de pilotage", e.Summary));
        }
        Assert.Equal("Salle du conseil", Calendar.Load(invitation)!.Events.Single().Location);
        Assert.Contains("Bilan", Calendar.Load(invitation)!.Events.Single().Description);
        Assert.Contains("X-WR-CALNAME:Comité de pilotage", feed);
    }

    [Fact]
    public async Task The_fiche_and_plan_exports_open_when_their_texts_hold_control_characters()
    {
        using var lecteur = await territory.SignedInAsync(Accounts.Lecteur);

        var fiche = OpenAndValidate(await DownloadAsync(lecteur, $"/methodologie/fiches/{territory.Fiche}/docx"), spreadsheet: false);
        var workbook = OpenAndValidate(await DownloadAsync(lecteur, $"/methodologie/plans/{territory.Plan}/xlsx"), spreadsheet: true);
        var annex = OpenAndValidate(await DownloadAsync(lecteur, $"/methodologie/plans/{territory.Plan}/docx"), spreadsheet: false);

        Assert.Contains("Fiche titre", fiche);
        Assert.Contains("Petite\n\n\nenfance", workbook);
        Assert.Contains("Fiche titre", annex);
    }

    [Fact]
    public async Task The_decision_brief_opens_when_the_fiches_of_its_perimeter_hold_control_characters()
    {
        using var coordination = await territory.SignedInAsync(Accounts.Coordination);
        var id = await BriefSteps.CreateAsync(coordination, $"plan:{territory.Plan}");
        using var lecteur = await territory.SignedInAsync(Accounts.Lecteur);

        var (text, _) = await BriefSteps.DownloadAsync(lecteur, id);

        Assert.Contains("Fiche titre", text);
        AssertOnlyWritableCharacters(text);
    }

    [Fact]
    public async Task An_instance_and_a_seance_typed_with_control_characters_are_stored_without_them_and_export()
    {
        using var coordination = await territory.SignedInAsync(Accounts.Coordination);
        var name = $"GAT{HostileTextPlatform.Junk}Parentalité {Guid.NewGuid():N}";
        var form = await coordination.OpenAsync("/gouvernance/instances/nouvelle");
        var members = await coordination.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Kind"] = "GroupeDeTravail",
            ["Input.Theme"] = $"\u0001Petite{HostileTextPlatform.Junk}enfance\v",
            ["Input.ExpectedSeancesPerYear"] = "3",
            ["Input.Purpose"] = $"Suivre\r\nles actions\vde la thématique.{HostileTextPlatform.Junk}",
        });
        Assert.EndsWith("/membres", members.Path);
        var instance = Guid.Parse(members.Path.Split('/')[3]);
        var seance = await SeanceTestData.CreateSeanceAsync(coordination, instance, HostileTextPlatform.Today, "Tenue", $"Salle\vdes fêtes{HostileTextPlatform.Junk}");

        Assert.Equal($"GAT Parentalité {name[^32..]}", Stored("SELECT Name FROM Gov_Instances WHERE Id = $1", instance));
        Assert.Equal("Petite enfance", Stored("SELECT Theme FROM Gov_Instances WHERE Id = $1", instance));
        Assert.Equal("Suivre\nles actions\nde la thématique.", Stored("SELECT Purpose FROM Gov_Instances WHERE Id = $1", instance));
        Assert.Equal("Salle des fêtes", Stored("SELECT Place FROM Gov_Seances WHERE Id = $1", seance));
        OpenAndValidate(await DownloadAsync(coordination, $"/gouvernance/seances/{seance}/compte-rendu.docx"), spreadsheet: false);
        OpenAndValidate(await DownloadAsync(coordination, $"/gouvernance/tableau-de-bord/export.xlsx?periode={HostileTextPlatform.Today.Year}"), spreadsheet: true);
    }

    [Fact]
    public async Task A_fiche_typed_with_control_characters_is_stored_without_them()
    {
        using var coordination = await territory.SignedInAsync(Accounts.Coordination);

        var fiche = await MethodologySteps.CreateFicheAsync(coordination, MethodologyData.NewNumber(), $"Accueil{HostileTextPlatform.Junk}des familles",
            new Dictionary<string, string>
            {
                ["Input.Diagnostic"] = $"Constats :\r\n- un\v- deux{HostileTextPlatform.Junk}",
                ["Input.Financements[0].Funder"] = $"CAF{HostileTextPlatform.Junk}",
                ["Input.Financements[0].Year"] = "2026",
            });

        Assert.Equal("Accueil des familles", Stored("SELECT Title FROM Met_FichesActions WHERE Id = $1", fiche));
        Assert.Equal("Constats :\n- un\n- deux", Stored("SELECT Diagnostic FROM Met_FichesActions WHERE Id = $1", fiche));
        Assert.Equal("CAF", Stored("SELECT Funder FROM Met_FicheFinancements WHERE FicheId = $1", fiche));
        OpenAndValidate(await DownloadAsync(coordination, $"/methodologie/fiches/{fiche}/docx"), spreadsheet: false);
    }

    [Fact]
    public async Task A_directory_file_with_control_characters_imports_names_without_them()
    {
        using var coordination = await territory.SignedInAsync(Accounts.Coordination);
        var tag = Guid.NewGuid().ToString("N")[..10];
        // A stray control character is tolerated in a real file (more are taken for a binary file): clean rows around it.
        var others = string.Concat(Enumerable.Range(1, 8).Select(i => $"Prénom{i};Nom{tag}{i};Centre social {tag};Association\r\n"));
        var csv = $"Prénom;Nom;Organisation;Type d'organisation\r\nAnne\u0001;Martin\u001F{tag};Mairie\vde Sens {tag};Association\r\n{others}";

        var preview = await AnnuaireSteps.UploadAsync(coordination, System.Text.Encoding.UTF8.GetBytes(csv));
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Empty(preview.Document.QuerySelectorAll("#erreurs li, #refus").Select(e => HtmlPage.Normalize(e.TextContent)));
        var saved = await coordination.SubmitAndFollowAsync(preview, new Dictionary<string, string>(), "form#confirmer");

        Assert.Equal("/gouvernance/annuaire", saved.Path);
        Assert.Equal("Anne", MethodologyData.Scalar(territory.Platform, "SELECT FirstName FROM Gov_Personnes WHERE LastName = $1", $"Martin{tag}"));
        Assert.Equal(1L, MethodologyData.Scalar(territory.Platform, "SELECT COUNT(*) FROM Gov_Organisations WHERE Name = $1", $"Mairie de Sens {tag}"));
    }

    [Fact]
    public async Task A_plan_outline_file_with_control_characters_imports_titles_without_them()
    {
        using var coordination = await territory.SignedInAsync(Accounts.Coordination);
        var plan = await MethodologySteps.CreatePlanAsync(coordination, $"Plan contour {Guid.NewGuid():N}"[..30]);
        var number = MethodologyData.NewDottedNumber();
        var outline = $"Axe 1 – Petite\u0001 enfance\n    Fiche {number} : Créer\u001F une micro-crèche\nAxe 2 – {string.Join(" ", Enumerable.Repeat("Jeunesse", 30))}\n";

        var page = await coordination.OpenAsync($"/methodologie/plans/{plan}/importer");
        var form = page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("form#envoyer")!;
        using var body = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll<AngleSharp.Html.Dom.IHtmlInputElement>("input[type=hidden]"))
        {
            body.Add(new StringContent(hidden.Value), hidden.Name!);
        }
        body.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(outline)), "fichier", "plan.txt");
        var action = new Uri(page.Url, form.GetAttribute("action")!);
        using var response = await coordination.Client.PostAsync(action, body);
        var preview = await Browser.ReadAsync(response, action);
        Assert.Null(preview.Document.QuerySelector("#erreurs"));
        Assert.Equal(HttpStatusCode.Redirect, (await coordination.SubmitAsync(preview, new Dictionary<string, string>(), "form#confirmer")).StatusCode);

        Assert.Equal(1L, MethodologyData.Scalar(territory.Platform, "SELECT COUNT(*) FROM Met_PlanNodes WHERE PlanId = $1 AND Title = 'Petite enfance'", plan));
        Assert.Equal("Créer une micro-crèche", MethodologyData.Scalar(territory.Platform, "SELECT Title FROM Met_FichesActions WHERE Number = $1", number));
    }

    private string? Stored(string sql, Guid id) => MethodologyData.Scalar(territory.Platform, sql, id) as string;
}
