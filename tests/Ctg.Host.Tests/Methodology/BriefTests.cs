using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ctg.Host.Tests.Methodology;

/// <summary>What the brief tests do through the pages and read back of the documents.</summary>
internal static class BriefSteps
{
    /// <summary>Generates a note through its form; returns its id (the creation leads to the list, on the note's row).</summary>
    public static async Task<Guid> CreateAsync(Browser coordination, string perimeter, string title = "", DateOnly? asOf = null)
    {
        var form = await coordination.OpenAsync("/methodologie/notes/nouvelle");
        var response = await coordination.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Perimetre"] = perimeter,
            ["Input.AsOf"] = (asOf ?? MethodologyData.Today).ToString("yyyy-MM-dd"),
            ["Input.Title"] = title,
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await Browser.ReadAsync(response, form.Url);
            Assert.Fail($"La note n'a pas été générée ({response.StatusCode}) : {page.Errors}");
        }
        Assert.Equal("/methodologie/notes", Browser.RedirectPath(response));
        return Guid.Parse(response.Headers.Location!.OriginalString.Split("#note-")[1]);
    }

    /// <summary>Downloads a note; checks it is a valid Word document; returns its paragraphs (tables' cells included), one a line, and its last table.</summary>
    public static async Task<(string Text, List<List<string>> LastTable)> DownloadAsync(Browser browser, Guid id)
    {
        using var response = await browser.GetAsync($"/methodologie/notes/{id}/docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
        var body = document.MainDocumentPart!.Document.Body!;
        // A list item is a paragraph with Word numbering; it reads here as it prints, after a bullet and a tab.
        var text = string.Join("\n", body.Descendants<Paragraph>()
            .Select(p => p.ParagraphProperties?.NumberingProperties is null ? p.InnerText : "•\t" + p.InnerText));
        var table = body.Elements<Table>().Last().Elements<TableRow>()
            .Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        return (text, table);
    }
}

/// <summary>Notes d'aide à la décision: who prepares and reads them, what they say, what changed between two.</summary>
[Collection(PlansCollection.Name)]
public sealed class BriefTests(MethodologyPlatform fixture)
{
    private static readonly DateOnly T = MethodologyData.Today;
    private readonly PlatformFactory _platform = fixture.Platform;

    [Fact]
    public async Task Two_successive_notes_on_a_plan_say_what_changed_between_them()
    {
        Guid plan, n1, n2, n3, n4;
        string a = MethodologyData.NewNumber(), b = MethodologyData.NewNumber(), c = MethodologyData.NewNumber(), d = MethodologyData.NewNumber();
        using (var data = new MethodologyData(_platform))
        {
            plan = data.Plan("Plan des notes " + a);
            var axe1 = data.Node(plan, null, 0, 0, "1", "Petite enfance");
            var axe2 = data.Node(plan, null, 0, 1, "2", "Parentalité");
            n1 = data.Fiche(a, "Relais petite enfance", "EnCours", 30, "Vigilance", T.AddDays(-5), "Anne Martin",
                decisionAwaited: "Valider le local du relais :\n- mairie de Chéu\n- école de Brienon");
            n2 = data.Fiche(b, "Café des parents", "ALancer", 0, null, T.AddDays(60), "Bruno Petit");
            data.Jalon(n2, "Premier comité", T.AddDays(-3));
            n3 = data.Fiche(c, "Guide des familles", "Realisee", 100, "Favorable", T.AddDays(-90), "Claire Roy");
            n4 = data.Fiche(d, "Ludothèque itinérante", "EnCours", 10, null, null, null);
            data.Place(plan, n1, axe1);
            data.Place(plan, n2, axe2);
            data.Place(plan, n3, axe1);
            data.Indicator(n1, "indicateur:fiches-realisees", "Fiches actions réalisées");
            data.Indicator(n1, "indicateur:retire", "Indicateur retiré d'Évaluation");
        }
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var first = await BriefSteps.CreateAsync(coordination, $"plan:{plan}");

        using var reader = await fixture.SignedInAsync(Accounts.Lecteur);
        var list = await reader.OpenAsync("/methodologie/notes");
        var row = HtmlPage.Normalize(list.Document.QuerySelector($"#notes tr[data-note='{first}']")!.TextContent);
        Assert.Contains($"Note d'aide à la décision — Plan des notes {a} — {T:dd/MM/yyyy}", row);
        Assert.Contains("Camille Coordinatrice", row);
        Assert.NotNull(list.Document.QuerySelector($"a[href='/methodologie/notes/{first}/docx']"));

        var (text, table) = await BriefSteps.DownloadAsync(reader, first);
        Assert.Contains($"Périmètre : Plan des notes {a}", text);
        Assert.Contains($"Situation au {T:dd/MM/yyyy}", text);
        Assert.Contains("3 fiche(s) action ; avancement moyen : 43\u202F%.", text); // (30 + 0 + 100) ÷ 3
        Assert.Contains("Première note sur ce périmètre", text);
        Assert.Contains($"Échéances dépassées au {T:dd/MM/yyyy}", text);
        Assert.Contains($"Fiche {a} – Relais petite enfance : échéance du {T.AddDays(-5):dd/MM/yyyy} (En cours, 30\u00A0%)", text);
        Assert.Contains($"Fiche {b} – Café des parents : jalon « Premier comité » prévu le {T.AddDays(-3):dd/MM/yyyy}", text);
        Assert.Contains($"Fiche {a} – Relais petite enfance\nPilote : Anne Martin\nValider le local du relais :\n•\tmairie de Chéu\n•\técole de Brienon", text);
        Assert.DoesNotContain("Module Évaluation désactivé", text);
        Assert.Equal(["N°", "Intitulé", "Pilote", "Statut", "Avancement", "Échéance"], table[0]);
        Assert.Equal(new[] { a, b, c }.Order(StringComparer.Ordinal), table.Skip(1).Select(r => r[0]).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains([a, "Relais petite enfance", "Anne Martin", "En cours", "30\u00A0%", T.AddDays(-5).ToString("dd/MM/yyyy")], table);

        // Between the two notes: fiche a is done, b moves on, c leaves the plan, d enters it.
        using (var data = new MethodologyData(_platform))
        {
            data.Execute("UPDATE \"Met_FichesActions\" SET \"Status\" = 'Realisee', \"Progress\" = 100 WHERE \"Id\" = $1", n1);
            data.Execute("UPDATE \"Met_FichesActions\" SET \"Progress\" = 25 WHERE \"Id\" = $1", n2);
            data.Execute("DELETE FROM \"Met_PlanFiches\" WHERE \"FicheId\" = $1", n3);
            data.Place(plan, n4, null);
            data.Change(n1, DateTimeOffset.UtcNow, "Statut", "En cours", "Réalisée", "Camille Coordinatrice");
            data.Change(n1, DateTimeOffset.UtcNow, "Avancement", "30 %", "100 %", "Camille Coordinatrice");
        }
        var second = await BriefSteps.CreateAsync(coordination, $"plan:{plan}", "COPIL de la CTG");

        var (changed, _) = await BriefSteps.DownloadAsync(reader, second);
        Assert.Contains($"Ce qui a changé depuis la note précédente du {T:dd/MM/yyyy}", changed);
        Assert.Contains($"Changements de statut (1)\n•\tFiche {a} – Relais petite enfance : En cours → Réalisée", changed);
        Assert.Contains($"Fiche {a} – Relais petite enfance : 30\u00A0% → 100\u00A0% (+70 points)", changed);
        Assert.Contains($"Fiche {b} – Café des parents : 0\u00A0% → 25\u00A0% (+25 points)", changed);
        Assert.Contains($"Fiches entrées dans le périmètre (1)\n•\tFiche {d} – Ludothèque itinérante (En cours, 10\u00A0%)", changed);
        Assert.Contains($"Fiches sorties du périmètre (1)\n•\tFiche {c} – Guide des familles", changed);
        Assert.Contains($"Fiche {a} – Relais petite enfance : 2 modification(s) (Statut, Avancement) par Camille Coordinatrice", changed);
        // Done now: fiche a's passed échéance is no longer overdue.
        Assert.DoesNotContain($"Fiche {a} – Relais petite enfance : échéance du", changed);
        Assert.Contains("COPIL de la CTG", changed);

        var titles = (await reader.OpenAsync("/methodologie/notes")).Document.QuerySelectorAll("#notes tbody tr th").Select(th => th.TextContent.Trim()).ToList();
        Assert.True(titles.IndexOf("COPIL de la CTG") < titles.FindIndex(t => t.Contains($"Plan des notes {a}")), "La note la plus récente vient en premier.");
    }

    [Fact]
    public async Task With_evaluation_enabled_the_indicators_linked_to_the_fiches_are_given_with_their_value()
    {
        Guid plan;
        var number = MethodologyData.NewNumber();
        using (var data = new MethodologyData(_platform))
        {
            plan = data.Plan("Plan des indicateurs " + number);
            var fiche = data.Fiche(number, "Observatoire des familles", "EnCours", 50);
            data.Place(plan, fiche, null);
            data.Indicator(fiche, "indicateur:fiches-realisees", "Fiches actions réalisées");
            data.Indicator(fiche, "indicateur:retire", "Indicateur retiré d'Évaluation");
        }
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var id = await BriefSteps.CreateAsync(coordination, $"plan:{plan}");

        var (text, _) = await BriefSteps.DownloadAsync(coordination, id);
        var section = text[text.IndexOf("\nIndicateurs\n", StringComparison.Ordinal)..];
        Assert.Contains($"Fiches actions réalisées\n", section);
        Assert.Matches(@"Fiches actions réalisées\n\d+\s?%\n" + T.Year + "\n—\n" + number, section);
        Assert.Contains($"Indicateur retiré d'Évaluation\nnon disponible\n—\n—\n{number}", section);
    }

    [Fact]
    public async Task A_note_on_an_axis_covers_its_subtree_and_a_note_on_a_theme_its_fiches()
    {
        Guid plan, axe1;
        string a = MethodologyData.NewNumber(), b = MethodologyData.NewNumber(), c = MethodologyData.NewNumber();
        var theme = "Thème des notes " + a;
        using (var data = new MethodologyData(_platform))
        {
            plan = data.Plan("Plan des axes " + a, "Axe|Objectif opérationnel");
            axe1 = data.Node(plan, null, 0, 0, "1", "Petite enfance");
            var objectif = data.Node(plan, axe1, 1, 0, "1.1", "Accueil du jeune enfant");
            var axe2 = data.Node(plan, null, 0, 1, "2", "Jeunesse");
            var deep = data.Fiche(a, "Relais petite enfance", theme: theme);
            var top = data.Fiche(b, "Multi-accueil", theme: theme);
            var other = data.Fiche(c, "Conseil des jeunes");
            data.Place(plan, deep, objectif);
            data.Place(plan, top, axe1);
            data.Place(plan, other, axe2);
        }
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var form = await coordination.OpenAsync("/methodologie/notes/nouvelle");
        var option = form.Document.QuerySelector<IHtmlOptionElement>($"#Input_Perimetre option[value='noeud:{axe1}']");
        Assert.NotNull(option);
        Assert.Equal($"Plan des axes {a} › Axe 1 : Petite enfance", option!.Text.Trim());
        Assert.NotNull(form.Document.QuerySelector($"#Input_Perimetre optgroup[label='Thématiques'] option[value='theme:{theme}']"));

        var onAxis = await BriefSteps.CreateAsync(coordination, $"noeud:{axe1}");
        var (axisText, axisTable) = await BriefSteps.DownloadAsync(coordination, onAxis);
        Assert.Contains($"Périmètre : Plan des axes {a} › Axe 1 : Petite enfance", axisText);
        Assert.Equal(new[] { a, b }.Order(StringComparer.Ordinal), axisTable.Skip(1).Select(r => r[0]).Order(StringComparer.Ordinal).ToArray());

        var onTheme = await BriefSteps.CreateAsync(coordination, $"theme:{theme}");
        var (themeText, themeTable) = await BriefSteps.DownloadAsync(coordination, onTheme);
        Assert.Contains($"Périmètre : Thématique « {theme} »", themeText);
        Assert.Equal(new[] { a, b }.Order(StringComparer.Ordinal), themeTable.Skip(1).Select(r => r[0]).Order(StringComparer.Ordinal).ToArray());
        // Not the same perimeter: the theme's first note compares with nothing, although the axis had one.
        Assert.Contains("Première note sur ce périmètre", themeText);
    }

    [Fact]
    public async Task A_wrong_perimeter_or_date_is_explained_and_nothing_is_saved()
    {
        Guid emptyPlan;
        using (var data = new MethodologyData(_platform))
        {
            emptyPlan = data.Plan("Plan encore vide " + MethodologyData.NewNumber());
        }
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var before = MethodologyData.Count(_platform, "SELECT COUNT(*) FROM \"Met_Briefs\"");

        async Task<HtmlPage> PostAsync(string perimeter, string date)
        {
            var form = await coordination.OpenAsync("/methodologie/notes/nouvelle");
            var response = await coordination.SubmitAsync(form, new Dictionary<string, string> { ["Input.Perimetre"] = perimeter, ["Input.AsOf"] = date });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await Browser.ReadAsync(response, form.Url);
        }

        Assert.Contains("Choisissez le périmètre de la note", (await PostAsync("", T.ToString("yyyy-MM-dd"))).Errors);
        Assert.Contains("Ce périmètre n'existe pas ou plus", (await PostAsync($"plan:{Guid.NewGuid()}", T.ToString("yyyy-MM-dd"))).Errors);
        Assert.Contains("n'existe pas ou plus", (await PostAsync("n'importe quoi", T.ToString("yyyy-MM-dd"))).Errors);
        var empty = await PostAsync($"plan:{emptyPlan}", T.ToString("yyyy-MM-dd"));
        Assert.Contains("ne contient aucune fiche action : la note serait vide", empty.Errors);
        Assert.NotEmpty(empty.Document.QuerySelectorAll("#Input_Perimetre option[value^='plan:']"));
        Assert.Contains("Indiquez la date", (await PostAsync($"plan:{emptyPlan}", "")).Errors);
        Assert.Contains("entre 2000 et 2100", (await PostAsync($"plan:{emptyPlan}", "1999-12-31")).Errors);

        Assert.Equal(before, MethodologyData.Count(_platform, "SELECT COUNT(*) FROM \"Met_Briefs\""));
    }

    [Theory]
    [InlineData("Contributeur")]
    [InlineData("Lecteur")]
    public async Task Readers_and_contributors_read_and_download_notes_but_cannot_prepare_one(string role)
    {
        Guid plan;
        var number = MethodologyData.NewNumber();
        using (var data = new MethodologyData(_platform))
        {
            plan = data.Plan("Plan des droits " + number);
            data.Place(plan, data.Fiche(number, "Fiche des droits"), null);
        }
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var id = await BriefSteps.CreateAsync(coordination, $"plan:{plan}");

        using var browser = await fixture.SignedInAsync(Accounts.ForRole(role));
        var list = await browser.OpenAsync("/methodologie/notes");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.NotNull(list.Document.QuerySelector($"#notes tr[data-note='{id}']"));
        Assert.Null(list.Document.QuerySelector("main a[href='/methodologie/notes/nouvelle']"));
        await BriefSteps.DownloadAsync(browser, id);

        Assert.Equal("/acces-refuse", Browser.RedirectPath(await browser.GetAsync("/methodologie/notes/nouvelle")));
        var before = MethodologyData.Count(_platform, "SELECT COUNT(*) FROM \"Met_Briefs\"");
        var token = list.Document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var posted = await browser.Client.PostAsync("/methodologie/notes/nouvelle", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Perimetre"] = $"plan:{plan}", ["Input.AsOf"] = T.ToString("yyyy-MM-dd"), ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal("/acces-refuse", Browser.RedirectPath(posted));
        Assert.Equal(before, MethodologyData.Count(_platform, "SELECT COUNT(*) FROM \"Met_Briefs\""));

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/methodologie/notes/{Guid.NewGuid()}/docx")).StatusCode);
    }
}

[Collection(MethodologyAloneCollection.Name)]
public sealed class BriefWithoutEvaluationTests(MethodologyAlone fixture)
{
    [Fact]
    public async Task Without_evaluation_the_note_says_the_indicators_are_not_available()
    {
        var platform = fixture.Platform;
        Guid plan;
        var number = MethodologyData.NewNumber();
        using (var data = new MethodologyData(platform))
        {
            plan = data.Plan("Plan sans évaluation");
            var fiche = data.Fiche(number, "Observatoire des familles");
            data.Place(plan, fiche, null);
            data.Indicator(fiche, "indicateur:fiches-realisees", "Fiches actions réalisées");
        }
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var id = await BriefSteps.CreateAsync(coordination, $"plan:{plan}");

        var (text, _) = await BriefSteps.DownloadAsync(coordination, id);
        Assert.Contains("Indicateurs\nModule Évaluation désactivé : indicateurs non disponibles.", text);
        Assert.DoesNotContain("Fiches actions réalisées", text);
    }
}
