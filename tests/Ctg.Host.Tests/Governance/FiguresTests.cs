using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace Ctg.Host.Tests.Governance;

/// <summary>
/// The small territory of the unit tests, year Y (last year), now written in a platform's database:
/// COPIL (1 a year) and GAT (3 a year); a representation, a guest, a cancelled séance, a séance held without
/// attendance recorded, a member who joined in the summer, an anonymised person.
/// </summary>
public sealed class FiguresTerritory : InstalledPlatform
{
    public static readonly int Y = DateTime.Today.Year - 1;

    public async Task SeedAsync()
    {
        using var data = new FiguresData(Platform);
        var communeX = (data.Organisation("Commune X", "Commune"), "Commune X", "Commune");
        var communeY = (data.Organisation("Commune Y", "Commune"), "Commune Y", "Commune");
        var caf = (data.Organisation("CAF de l'Yonne", "Caf"), "CAF de l'Yonne", "Caf");
        var association = (data.Organisation("Association Z", "Association"), "Association Z", "Association");
        var a = data.Person("Anne", "Aubry", communeX.Item1);
        var b = data.Person("Bruno", "Bernard", caf.Item1);
        var c = data.Person("Chloé", "Carré", communeX.Item1);
        var d = data.Person("David", "Durand", communeY.Item1);
        var e = data.Person("", "", null, anonymised: true); // was at Association Z when convened
        var g = data.Person("Gaëlle", "Guest", communeY.Item1);
        var copil = data.Instance("COPIL de la CTG", 1, "Copil");
        var gat = data.Instance("GAT Petite enfance", 3);

        var s1 = data.Seance(copil, new DateOnly(Y, 3, 10), "Tenue");
        data.Attendance(s1, a, "Present", communeX);
        data.Attendance(s1, b, "Represente", caf);
        data.Attendance(s1, c, "Excuse", communeX);
        data.Attendance(s1, e, "Present", association);
        data.Attendance(s1, g, "Present", communeY, guest: true);
        var s2 = data.Seance(gat, new DateOnly(Y, 9, 15), "Tenue");
        data.Attendance(s2, a, "Present", communeX);
        data.Attendance(s2, b, "Absent", caf);
        data.Attendance(s2, c, null, communeX);
        data.Attendance(s2, d, "Present", communeY);
        data.Attendance(s2, e, "Absent", association);
        var s3 = data.Seance(gat, new DateOnly(Y, 6, 1), "Annulee");
        data.Attendance(s3, a, "Present", communeX);
        data.Attendance(s3, b, "Present", caf);
        var s4 = data.Seance(gat, new DateOnly(Y, 11, 20), "Tenue");
        data.Attendance(s4, a, null, communeX);
        data.Attendance(s4, b, null, caf);
        data.Seance(gat, new DateOnly(Y, 12, 15), "Planifiee");
        var s6 = data.Seance(copil, new DateOnly(Y - 1, 12, 5), "Tenue");
        data.Attendance(s6, a, "Present", communeX);
        data.Attendance(s6, b, "Absent", caf);

        var decision = data.Decision(s1, 1, "Lancer le diagnostic partagé");
        data.FollowUp(decision, "Rédiger le cahier des charges", a, new DateOnly(Y, 4, 1), "Faite", new DateOnly(Y, 3, 30));
        data.FollowUp(decision, "Réunir les données CAF", b, new DateOnly(Y, 6, 1), "AFaire");
    }
}

public sealed class FiguresTests(FiguresTerritory territory) : IClassFixture<FiguresTerritory>, IAsyncLifetime
{
    private static readonly int Y = FiguresTerritory.Y;
    private static bool _seeded;

    public async Task InitializeAsync()
    {
        if (!_seeded)
        {
            await territory.SeedAsync();
            _seeded = true;
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_dashboard_shows_the_hand_checked_figures_of_a_year_and_the_definition()
    {
        using var browser = await territory.SignedInAsync(Accounts.Lecteur);
        var page = await browser.OpenAsync($"/gouvernance/tableau-de-bord?periode={Y}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("3", page.TextOf("[data-chiffre=seances]"));
        Assert.Equal("55,6 %", page.TextOf("[data-chiffre=participation]"));
        Assert.Equal("1", page.TextOf("[data-chiffre=decisions]"));
        Assert.Equal("50,0 %", page.TextOf("[data-chiffre=delais]"));
        Assert.Contains("(membres présents + membres représentés) ÷ membres convoqués", page.TextOf("#definition"));
        Assert.Contains("Les invités ne sont pas comptés", page.TextOf("#definition"));

        Assert.Contains("COPIL de la CTG 1 4 3 75,0 %", Rows(page, "#par-instance"));
        Assert.Contains("GAT Petite enfance 1 5 2 40,0 %", Rows(page, "#par-instance"));
        Assert.Contains("Commune du territoire 5 3 60,0 %", Rows(page, "#par-type"));
        Assert.Contains("Commune Y Commune du territoire 1 1 100,0 %", Rows(page, "#par-organisation"));
        Assert.Contains("Association Z Association 2 1 50,0 %", Rows(page, "#par-organisation"));
        Assert.Contains($"15/09/{Y} GAT Petite enfance 5 2 40,0 %", Rows(page, "#par-seance"));
        Assert.Equal(2, page.Document.QuerySelectorAll("#par-seance tbody tr").Length);

        var regularity = Rows(page, "table[aria-labelledby=regularite]");
        Assert.Contains($"COPIL de la CTG {Y} 1 1 0 À jour", regularity);
        Assert.Contains($"GAT Petite enfance {Y} 3 2 1 En retard", regularity);

        Assert.Contains($"Taux de participation {Y}", Rows(page, "#tendance"));
        Assert.Contains("Ensemble 55,6 %", Rows(page, "#tendance"));
    }

    [Fact]
    public async Task All_years_show_the_trend_of_the_rate_overall_and_by_type_of_organisation()
    {
        using var browser = await territory.SignedInAsync(Accounts.Lecteur);
        var page = await browser.OpenAsync("/gouvernance/tableau-de-bord?periode=tout");

        Assert.NotNull(page.Document.QuerySelector("#periode option[value=tout][selected]"));
        var trend = Rows(page, "#tendance");
        Assert.Contains($"Taux de participation {Y - 1} {Y}", trend);
        Assert.Contains("Ensemble 50,0 % 55,6 %", trend);
        Assert.Contains("Commune du territoire 100,0 % 60,0 %", trend);
        Assert.Contains("Association — 50,0 %", trend);
        Assert.Equal("4", page.TextOf("[data-chiffre=seances]"));
        Assert.Equal("54,5 %", page.TextOf("[data-chiffre=participation]")); // (3 + 2 + 1) ÷ (4 + 5 + 2)
    }

    [Fact]
    public async Task The_period_of_the_ctg_is_offered_once_the_dispositifs_module_knows_the_ctg()
    {
        using var browser = await territory.SignedInAsync(Accounts.Coordination);
        var before = await browser.OpenAsync("/gouvernance/tableau-de-bord");
        Assert.Null(before.Document.QuerySelector("#periode option[value=ctg]"));
        Assert.Contains("Aucune CTG", before.TextOf("#ctg-indisponible"));

        var form = await browser.OpenAsync("/dispositifs/nouveau");
        var created = await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Kind"] = "CTG",
            ["Input.Name"] = "CTG de la CC Yonne Nord",
            ["Input.Start"] = $"{Y}-01-01",
            ["Input.End"] = $"{Y + 3}-12-31",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var page = await browser.OpenAsync("/gouvernance/tableau-de-bord?periode=ctg");
        Assert.NotNull(page.Document.QuerySelector("#periode option[value=ctg][selected]"));
        Assert.Contains($"Chiffres clés pour la période de la CTG, du 01/01/{Y} au 31/12/{Y + 3}", page.Text);
        Assert.Equal("3", page.TextOf("[data-chiffre=seances]"));
        Assert.Equal("55,6 %", page.TextOf("[data-chiffre=participation]"));
        Assert.Null(page.Document.QuerySelector("#ctg-indisponible"));
    }

    [Fact]
    public async Task The_csv_export_has_the_same_figures_for_excel_in_french()
    {
        using var browser = await territory.SignedInAsync(Accounts.Lecteur);
        var dashboard = await browser.OpenAsync($"/gouvernance/tableau-de-bord?periode={Y}");
        var link = dashboard.Document.QuerySelector("#export-csv")!.GetAttribute("href")!;
        using var response = await browser.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"gouvernance-chiffres-{Y}.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Contains($"10/03/{Y};COPIL de la CTG;4;3;75,0", lines);
        Assert.Contains("Commune du territoire;5;3;60,0", lines);
        Assert.Contains($"GAT Petite enfance;{Y};3;2;1;En retard", lines);
        Assert.Contains("Décisions prises;1", lines);
    }

    [Fact]
    public async Task The_xlsx_export_has_one_sheet_per_table_with_numbers()
    {
        using var browser = await territory.SignedInAsync(Accounts.Lecteur);
        using var response = await browser.GetAsync($"/gouvernance/tableau-de-bord/export.xlsx?periode={Y}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        XNamespace x = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var workbook = XDocument.Load(zip.GetEntry("xl/workbook.xml")!.Open());
        var sheets = workbook.Descendants(x + "sheet").Select(s => (string)s.Attribute("name")!).ToList();
        Assert.Equal(["Régularité", "Par séance", "Par instance", "Par organisation", "Par type", "Évolution", "Évolution par type", "Décisions", "Délais"], sheets);
        // Numbers are stored as numbers: 40 % for the GAT somewhere in a sheet, as a numeric cell.
        var numbers = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal))
            .SelectMany(e => XDocument.Load(e.Open()).Descendants(x + "c"))
            .Where(c => (string?)c.Attribute("t") == "n")
            .Select(c => (string?)c.Element(x + "v"))
            .ToList();
        Assert.Contains("40", numbers);
        Assert.Contains("75", numbers);
    }

    [Fact]
    public async Task An_unknown_export_format_is_not_found_and_a_visitor_is_sent_to_sign_in()
    {
        using var browser = await territory.SignedInAsync(Accounts.Lecteur);
        using var unknown = await browser.GetAsync("/gouvernance/tableau-de-bord/export.pdf");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        using var visitor = territory.Platform.NewBrowser();
        using var response = await visitor.GetAsync("/gouvernance/tableau-de-bord");
        Assert.Equal("/connexion", Browser.RedirectPath(response));
    }

    /// <summary>Each row of a table as its cells' texts separated by spaces.</summary>
    internal static List<string> Rows(HtmlPage page, string table) =>
        page.Document.QuerySelectorAll($"{table} tr")
            .Select(r => HtmlPage.Normalize(string.Join(" ", r.Children.Select(c => c.TextContent))))
            .ToList();

    [Fact]
    public async Task Without_the_dispositifs_module_the_ctg_period_is_absent_and_explained()
    {
        await using var platform = await PlatformFactory.StartAsync(new PlatformOptions { DisabledModules = ["dispositifs"] });
        using var browser = await platform.SignedInAsync(Accounts.Coordination);
        var page = await browser.OpenAsync("/gouvernance/tableau-de-bord");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector("#periode option[value=ctg]"));
        Assert.Contains("Module désactivé", page.TextOf("#ctg-indisponible"));
        Assert.Equal("—", page.TextOf("[data-chiffre=participation]"));
    }
}
