using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using static Ctg.Host.Tests.Methodology.MethodologyData;
using static Ctg.Host.Tests.Methodology.MethodologySteps;

namespace Ctg.Host.Tests.Methodology;

/// <summary>
/// Word files made to stop or swell the host, posted to both import pages: each gets a French refusal, nothing
/// is saved and the host still answers. A plan outline past the limits is refused, and a large plan's page
/// stays light: folded, with its branches unfolded on demand.
/// </summary>
[Collection(FichesCollection.Name)]
public sealed class HostileImportTests(MethodologyPlatform fixture)
{
    private const string FicheImport = "/methodologie/fiches/importer";

    private readonly PlatformFactory _platform = fixture.Platform;

    /// <summary>The 4 KB file that stopped the host with a stack overflow: content controls nested 30 000 deep.</summary>
    private static byte[] DeepDocx()
    {
        var body = new StringBuilder();
        body.Insert(0, "<w:sdt><w:sdtContent>", 30_000);
        body.Append("<w:p><w:r><w:t>Fiche Action 1</w:t></w:r></w:p>");
        body.Insert(body.Length, "</w:sdtContent></w:sdt>", 30_000);
        return Docx([body.ToString()]);
    }

    /// <summary>About 140 KB that unzip to 49 million characters of text.</summary>
    private static byte[] HugeTextDocx() =>
        Docx(Enumerable.Repeat("<w:p><w:r><w:t>" + new string('a', 49_000) + "</w:t></w:r></w:p>", 1_000));

    private static byte[] Docx(IEnumerable<string> body)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "_rels/.rels",
                ["<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                 + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"]);
            Write(zip, "word/document.xml",
                ["<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>",
                 .. body, "</w:body></w:document>"]);
        }
        return stream.ToArray();
    }

    private static void Write(ZipArchive zip, string name, IEnumerable<string> content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
        foreach (var piece in content)
        {
            writer.Write(piece);
        }
    }

    /// <summary>Posts a file through a reading form, as a browser sends it (multipart, antiforgery token included).</summary>
    private static async Task<HtmlPage> UploadAsync(Browser browser, string path, string formId, byte[] content)
    {
        var page = await browser.OpenAsync(path);
        var form = page.Document.QuerySelector<IHtmlFormElement>("form#" + formId)!;
        using var body = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]"))
        {
            body.Add(new StringContent(hidden.Value), hidden.Name!);
        }
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        body.Add(file, "fichier", "document.docx");
        var action = new Uri(page.Url, form.GetAttribute("action")!);
        using var response = await browser.Client.PostAsync(action, body);
        return await Browser.ReadAsync(response, action);
    }

    private long Rows() => Count(_platform, "SELECT (SELECT COUNT(*) FROM Met_FichesActions) + (SELECT COUNT(*) FROM Met_PlanNodes)");

    public static TheoryData<string, string> HostileFiles => new()
    {
        { "deep", "Ce document Word imbrique plus de 100 éléments" },
        { "huge", "Le texte dépasse 1 000 000 caractères, la limite d'un import" },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task A_hostile_word_file_is_refused_in_french_by_the_fiche_import_and_the_host_still_answers(string kind, string expected)
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var before = Rows();

        var watch = Stopwatch.StartNew();
        var page = await UploadAsync(coordination, FicheImport, "lire", kind == "deep" ? DeepDocx() : HugeTextDocx());
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(expected, page.Text);
        Assert.Equal(before, Rows());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{watch.ElapsedMilliseconds} ms");
        Assert.Equal(HttpStatusCode.OK, (await coordination.GetAsync(FicheImport)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task A_hostile_word_file_is_refused_in_french_by_the_plan_import_and_the_host_still_answers(string kind, string expected)
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var plan = await CreatePlanAsync(coordination, $"Plan hostile {Guid.NewGuid():N}"[..30]);
        var before = Rows();

        var page = await UploadAsync(coordination, $"/methodologie/plans/{plan}/importer", "envoyer", kind == "deep" ? DeepDocx() : HugeTextDocx());

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(expected, page.TextOf("#refus"));
        Assert.Contains("Rien n'a été enregistré", page.TextOf("#refus"));
        Assert.Null(page.Document.QuerySelector("form#confirmer"));
        Assert.Equal(before, Rows());
        Assert.Equal(HttpStatusCode.OK, (await coordination.GetAsync($"/methodologie/plans/{plan}")).StatusCode);
    }

    [Fact]
    public async Task An_outline_of_ten_thousand_lines_is_refused_with_the_limits_the_page_states()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var plan = await CreatePlanAsync(coordination, $"Plan long {Guid.NewGuid():N}"[..30]);
        var outline = new StringBuilder();
        for (var axis = 1; axis <= 100; axis++)
        {
            outline.Append($"Axe {axis} – Axe {axis}\n");
            for (var line = 1; line < 100; line++)
            {
                outline.Append($"  {axis}.{line} Objectif {line}\n");
            }
        }
        var before = Rows();

        var page = await coordination.OpenAsync($"/methodologie/plans/{plan}/importer");
        Assert.Contains("au plus 2 000 lignes, 600 caractères par ligne, 500 éléments", page.TextOf("#limites"));
        var preview = await coordination.SubmitAndFollowAsync(page, new Dictionary<string, string> { ["texte"] = outline.ToString() }, "form#envoyer");

        Assert.StartsWith("Le texte compte 10 000 lignes ; un import de plan en compte au plus 2 000 lignes", preview.TextOf("#erreurs"));
        Assert.Null(preview.Document.QuerySelector("form#confirmer"));
        Assert.Null(preview.Document.QuerySelector("#arbre li"));
        Assert.Equal(before, Rows());
    }

    [Fact]
    public async Task A_large_plan_page_is_folded_and_unfolds_one_branch_on_demand()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        Guid plan, axis, objective;
        using (var data = new MethodologyData(_platform))
        {
            plan = data.Plan($"Plan large {Guid.NewGuid():N}"[..30]);
            axis = objective = Guid.Empty;
            for (var a = 1; a <= 20; a++)
            {
                var node = data.Node(plan, null, 0, a, a.ToString(), $"Axe numéro {a}");
                for (var o = 1; o <= 20; o++)
                {
                    var child = data.Node(plan, node, 1, o, $"{a}.{o}", $"Objectif {a}.{o}");
                    if (a == 7 && o == 3)
                    {
                        (axis, objective) = (node, child);
                        data.Place(plan, data.Fiche(NewNumber("L"), "Fiche sous l'objectif 7.3"), child, 1);
                    }
                }
            }
            data.Place(plan, data.Fiche(NewNumber("L"), "Fiche non classée"), null, 1);
        }

        var page = await coordination.OpenAsync($"/methodologie/plans/{plan}");

        Assert.Contains("Ce plan compte 420 éléments et 2 fiches : l'arborescence est repliée", page.TextOf("#arbre-replie"));
        Assert.Equal(20, page.Document.QuerySelectorAll("#arbre section.plan-node").Length);
        Assert.Empty(page.Document.QuerySelectorAll($"#noeud-{objective}"));
        // The placing tools offer the nodes and fiches shown: the 20 axes (and "non classées"), the unplaced fiche.
        Assert.Equal(21, page.Document.QuerySelectorAll("#deplacer-noeud option").Length);
        Assert.Single(page.Document.QuerySelectorAll("#fiche-a-deplacer option"));
        var link = page.Document.QuerySelector<IHtmlAnchorElement>($"#noeud-{axis} a.deplier")!;
        Assert.Equal($"/methodologie/plans/{plan}?noeud={axis}#noeud-{axis}", link.GetAttribute("href"));

        var branch = await coordination.OpenAsync(link.GetAttribute("href")!.Split('#')[0]);

        Assert.Equal(40, branch.Document.QuerySelectorAll("#arbre section.plan-node").Length);
        Assert.Null(branch.Document.QuerySelector($"#noeud-{objective} tr.fiche"));
        var deeper = await coordination.OpenAsync(branch.Document.QuerySelector($"#noeud-{objective} a.deplier")!.GetAttribute("href")!.Split('#')[0]);
        Assert.Contains("Fiche sous l'objectif 7.3", deeper.TextOf($"#noeud-{objective} tr.fiche"));
        Assert.True(deeper.Document.Source.Text.Length < page.Document.Source.Text.Length * 2);
    }
}
