using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Spreadsheet = DocumentFormat.OpenXml.Spreadsheet;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Ctg.Host.Tests.Methodology;

/// <summary>The fiche and plan exports as a user downloads them: valid files, French names, the right content.</summary>
[Collection(PlansCollection.Name)]
public sealed class ExportTests(MethodologyPlatform fixture)
{
    private readonly PlatformFactory _platform = fixture.Platform;

    private (Guid Plan, Guid Fiche, string Number, Guid Other) Seed()
    {
        using var data = new MethodologyData(_platform);
        var plan = data.Plan($"Plan CTG 2024–2028 {Guid.NewGuid():N}"[..26], "Axe|Enjeu", new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31));
        var axe = data.Node(plan, null, 0, 1, "2", "Parentalité");
        var enjeu = data.Node(plan, axe, 1, 1, "2.1", "Jeunes parents");
        var number = MethodologyData.NewNumber();
        var fiche = data.Fiche(number, "Structurer la fonction de Chargé(e) de Coopération Territoriale", "EnCours", 40, deadline: new DateOnly(2025, 6, 30),
            pilote: "Chargée de coopération CTG", theme: "Gouvernance",
            diagnostic: "Les constats partagés font apparaître :\n- Une connaissance limitée de la CTG ;\n- Un fonctionnement cloisonné.");
        data.Mission(fiche, 1, "Impulser et piloter stratégiquement la CTG", "Impulser la dynamique CTG\nVeiller à l'appropriation partagée");
        data.Mission(fiche, 2, "Animer la gouvernance territoriale", "Mettre en réseau les acteurs");
        data.Jalon(fiche, "COPIL de lancement", new DateOnly(2025, 1, 15), new DateOnly(2025, 1, 20));
        data.Jalon(fiche, "Bilan", new DateOnly(2025, 5, 15));
        data.Financement(fiche, "CAF de l'Yonne", 2025, 25000m, 12500m);
        data.Financement(fiche, "CC Yonne Nord", 2025, 15000m, null);
        data.Place(plan, fiche, enjeu, 1);
        var other = data.Fiche(MethodologyData.NewNumber(), "Fiche non classée", "Realisee");
        data.Place(plan, other, null, 2);
        return (plan, fiche, number, other);
    }

    private static void AssertValid(OpenXmlPackage document)
    {
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static async Task<(byte[] Bytes, string? FileName, string? Type)> DownloadAsync(Browser browser, string path)
    {
        using var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_reader_downloads_a_fiche_as_a_valid_word_document_named_after_its_number()
    {
        var (_, fiche, number, _) = Seed();
        using var lecteur = await fixture.SignedInAsync(Accounts.Lecteur);

        var (bytes, name, type) = await DownloadAsync(lecteur, $"/methodologie/fiches/{fiche}/docx");

        Assert.Equal($"fiche-action-{number.ToLowerInvariant()}.docx", name);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", type);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        AssertValid(document);
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<Word.Paragraph>().ToList();
        Assert.Equal($"Fiche Action {number}", paragraphs[0].InnerText);
        Assert.Equal(["DIAGNOSTIC INITIAL / ENJEUX", "MODALITES DE MISE EN ŒUVRE / ECHEANCES", "SERVICES MOBILISES ET RESPONSABLES DE L’ACTION", "MOYENS ET FINANCEMENTS"],
            paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading3").Select(p => p.InnerText));
        Assert.NotNull(document.MainDocumentPart.NumberingDefinitionsPart);
        Assert.Contains(paragraphs, p => p.InnerText == "Une connaissance limitée de la CTG ;" && p.ParagraphProperties?.NumberingProperties is not null);
        Assert.Contains(paragraphs, p => p.InnerText == "Impulser et piloter stratégiquement la CTG" && p.ParagraphProperties?.NumberingProperties is not null);
        Assert.Equal(2, document.MainDocumentPart.Document.Body.Elements<Word.Table>().Count());
    }

    [Fact]
    public async Task The_print_view_shows_the_fiche_in_the_order_of_the_document()
    {
        var (_, fiche, number, _) = Seed();
        using var lecteur = await fixture.SignedInAsync(Accounts.Lecteur);

        var page = await lecteur.OpenAsync($"/methodologie/fiches/{fiche}/imprimer");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal($"Fiche Action {number}", page.TextOf("article h1"));
        Assert.Equal(["DIAGNOSTIC INITIAL / ENJEUX", "MODALITES DE MISE EN ŒUVRE / ECHEANCES", "SERVICES MOBILISES ET RESPONSABLES DE L’ACTION", "MOYENS ET FINANCEMENTS"],
            page.Document.QuerySelectorAll("article h2").Select(h => h.TextContent));
        Assert.Equal(2, page.Document.QuerySelectorAll("article ol.missions > li").Length);
        Assert.Equal(["Une connaissance limitée de la CTG ;", "Un fonctionnement cloisonné."], page.Document.QuerySelectorAll("article section:first-of-type ul li").Select(li => li.TextContent));
        Assert.Contains("40 000 €", page.TextOf("article tfoot"));
        Assert.Contains("15/05/2025 (en retard)", page.TextOf("article"));
        Assert.NotNull(page.Document.QuerySelector(".no-print button"));
    }

    [Fact]
    public async Task The_plan_exports_to_a_workbook_with_a_row_per_fiche_and_real_dates()
    {
        var (plan, _, number, _) = Seed();
        using var lecteur = await fixture.SignedInAsync(Accounts.Lecteur);

        var (bytes, name, _) = await DownloadAsync(lecteur, $"/methodologie/plans/{plan}/xlsx");

        Assert.Matches("^plan-d-actions-plan-ctg-2024-2028-[0-9a-f]+\\.xlsx$", name);
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        AssertValid(document);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.GetFirstChild<Spreadsheet.SheetData>()!.Elements<Spreadsheet.Row>().ToList();
        Assert.Equal(3, rows.Count);
        var headers = rows[0].Elements<Spreadsheet.Cell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["Axe", "Enjeu", "N°"], headers.Take(3));
        string Cell(int row, string header) => rows[row].Elements<Spreadsheet.Cell>().ElementAt(headers.IndexOf(header)).InnerText;
        Assert.Equal("Axe 2 — Parentalité", Cell(1, "Axe"));
        Assert.Equal("Enjeu 2.1 — Jeunes parents", Cell(1, "Enjeu"));
        Assert.Equal(number, Cell(1, "N°"));
        Assert.Equal("Oui", Cell(1, "En retard"));
        Assert.Equal("1", Cell(1, "Jalons atteints"));
        Assert.Equal("2", Cell(1, "Jalons"));
        Assert.Equal("40000", Cell(1, "Financement prévisionnel"));
        Assert.Equal("12500", Cell(1, "Financement réel"));
        var deadline = rows[1].Elements<Spreadsheet.Cell>().ElementAt(headers.IndexOf("Échéance"));
        Assert.Equal(new DateTime(2025, 6, 30), DateTime.FromOADate(double.Parse(deadline.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("", Cell(2, "Axe"));
        Assert.Equal("Réalisée", Cell(2, "Statut"));
        Assert.NotNull(sheet.GetFirstChild<Spreadsheet.AutoFilter>());
    }

    [Fact]
    public async Task The_plan_exports_to_the_annex_of_a_convention_with_each_fiche_in_full()
    {
        var (plan, _, number, _) = Seed();
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);

        var (bytes, name, _) = await DownloadAsync(coordination, $"/methodologie/plans/{plan}/docx");

        Assert.EndsWith(".docx", name);
        Assert.StartsWith("plan-d-actions-plan-ctg-2024-2028-", name);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        AssertValid(document);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.StartsWith("Plan d’actions — Plan CTG 2024–2028", body.Elements<Word.Paragraph>().First().InnerText);
        Assert.Contains(body.Elements<Word.Paragraph>(), p => p.InnerText == "Période : du 01/01/2024 au 31/12/2028");
        var summary = body.Elements<Word.Table>().First().Elements<Word.TableRow>().Select(r => r.InnerText).ToList();
        Assert.Equal(5, summary.Count); // header, axe, its fiche, "non classées", its fiche
        Assert.Equal("Axe 2 — Parentalité", summary[1]);
        Assert.Contains(number, summary[2]);
        Assert.Equal("Fiches non classées", summary[3]);
        var fiches = body.Elements<Word.Paragraph>().Where(p => p.InnerText.StartsWith("Fiche Action ")).ToList();
        Assert.Equal(2, fiches.Count);
        Assert.All(fiches, p => Assert.NotNull(p.ParagraphProperties!.PageBreakBefore));
    }

    [Fact]
    public async Task A_plan_of_400_fiches_exports_every_fiche_to_word()
    {
        Guid plan;
        using (var data = new MethodologyData(_platform))
        {
            plan = data.Plan("Plan de 400 fiches à exporter", MethodologyData.ThreeLevels);
            var axe = data.Node(plan, null, 0, 1, "1", "Axe unique");
            for (var i = 0; i < 400; i++)
            {
                var fiche = data.Fiche(MethodologyData.NewNumber(), $"Fiche exportée {i}", "EnCours", 10, deadline: new DateOnly(2027, 1, 1), pilote: "Pilote",
                    diagnostic: "Constat :\n- premier point ;\n- second point.\n" + new string('x', 1500));
                data.Mission(fiche, 1, "Première mission", "Un\nDeux");
                data.Jalon(fiche, "Jalon", new DateOnly(2026, 6, 1));
                data.Financement(fiche, "CAF", 2026, 1000m, null);
                data.Place(plan, fiche, axe, i);
            }
        }
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);

        // Its duration is measured by bench/methodology.sh, not here.
        var (bytes, _, _) = await DownloadAsync(coordination, $"/methodologie/plans/{plan}/docx");

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        AssertValid(document);
        Assert.Equal(400, document.MainDocumentPart!.Document.Body!.Elements<Word.Paragraph>().Count(p => p.InnerText.StartsWith("Fiche Action ")));
    }

    [Fact]
    public async Task Unknown_fiches_and_plans_are_not_found()
    {
        using var lecteur = await fixture.SignedInAsync(Accounts.Lecteur);
        foreach (var path in new[] { $"/methodologie/fiches/{Guid.NewGuid()}/docx", $"/methodologie/fiches/{Guid.NewGuid()}/imprimer", $"/methodologie/plans/{Guid.NewGuid()}/xlsx", $"/methodologie/plans/{Guid.NewGuid()}/docx", $"/methodologie/plans/{Guid.NewGuid()}" })
        {
            using var response = await lecteur.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }
}
