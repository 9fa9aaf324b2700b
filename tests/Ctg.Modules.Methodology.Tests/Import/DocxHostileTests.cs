using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Ctg.Modules.Methodology.Import;
using Xunit;

namespace Ctg.Modules.Methodology.Tests.Import;

/// <summary>
/// Word files made to hurt the reader: each is refused in French, quickly and with little memory, and a
/// normal document still reads as before.
/// </summary>
public class DocxHostileTests
{
    private const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Fact]
    public void A_document_nested_30_000_deep_is_refused_quickly_without_recursion()
    {
        // The 4 KB file that stopped the host: content controls in content controls. A reader that recurses
        // per element overflows the stack here, which no catch survives; this one counts the depth as it reads.
        var body = new StringBuilder();
        body.Insert(0, "<w:sdt><w:sdtContent>", 30_000);
        body.Append("<w:p><w:r><w:t>Au fond</w:t></w:r></w:p>");
        body.Insert(body.Length, "</w:sdtContent></w:sdt>", 30_000);
        var bytes = Docx(body.ToString());
        Assert.True(bytes.Length < 100_000, $"{bytes.Length} bytes");

        var watch = Stopwatch.StartNew();
        var read = ImportGuard.ReadFile("plan.docx", bytes);
        watch.Stop();

        Assert.Equal(ImportGuard.DocxTooDeep, read.Error);
        Assert.Contains("100 éléments", read.Error);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"refused in {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Real_nesting_is_read()
    {
        var body = new StringBuilder();
        body.Insert(0, "<w:sdt><w:sdtContent>", 20);
        body.Append(Table(Table("<w:p><w:r><w:t>Dans deux tableaux</w:t></w:r></w:p>")));
        body.Insert(body.Length, "</w:sdtContent></w:sdt>", 20);

        Assert.Equal("Dans deux tableaux\n", DocxText.Extract(new MemoryStream(Docx(body.ToString()))));
    }

    [Fact]
    public void Forty_nine_million_characters_are_refused_before_the_text_is_built()
    {
        // 140 KB unzipped to 49 million characters of text: the limit of an import is counted while reading.
        var paragraph = "<w:p><w:r><w:t>" + new string('a', 49_000) + "</w:t></w:r></w:p>";
        var bytes = Docx(Enumerable.Repeat(paragraph, 1_000));
        Assert.True(bytes.Length < 1_000_000, $"{bytes.Length} bytes");

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var read = ImportGuard.ReadFile("fiche.docx", bytes);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal(ImportGuard.TooLongText, read.Error);
        Assert.Contains("1 000 000 caractères", read.Error);
        // The text kept is at most 1 000 000 characters (2 MB in memory, 8 MB with the builder's growth).
        Assert.True(allocated < 40_000_000, $"{allocated / 1_000_000} MB allocated");
    }

    [Fact]
    public void One_text_of_forty_nine_million_characters_is_read_in_chunks()
    {
        var bytes = Docx(["<w:p><w:r><w:t>", .. Enumerable.Repeat(new string('a', 1_000_000), 49), "</w:t></w:r></w:p>"]);

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var read = ImportGuard.ReadFile("fiche.docx", bytes);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal(ImportGuard.TooLongText, read.Error);
        Assert.True(allocated < 40_000_000, $"{allocated / 1_000_000} MB allocated");
    }

    [Fact]
    public void A_part_that_unzips_past_20_MB_is_refused()
    {
        // Spaces compress a thousand to one: a small file, gigabytes of XML once unzipped.
        var bytes = Docx(["<w:p><w:r><w:t>début</w:t></w:r></w:p>", .. Enumerable.Repeat(new string(' ', 1_000_000), 25)]);

        var read = ImportGuard.ReadFile("fiche.docx", bytes);

        Assert.Equal(ImportGuard.DocxTooLarge, read.Error);
    }

    [Fact]
    public void A_document_type_declaration_is_refused()
    {
        var bytes = Docx("<w:p><w:r><w:t>&lol;</w:t></w:r></w:p>",
            doctype: "<!DOCTYPE w:document [<!ENTITY lol \"lol\">]>");

        Assert.Equal(ImportGuard.NotDocx, ImportGuard.ReadFile("fiche.docx", bytes).Error);
    }

    [Fact]
    public void A_renamed_hostile_document_says_why_it_is_refused()
    {
        var body = new StringBuilder();
        body.Insert(0, "<w:tbl><w:tr><w:tc>", 50);
        body.Insert(body.Length, "</w:tc></w:tr></w:tbl>", 50);

        Assert.Equal(ImportGuard.DocxTooDeep, ImportGuard.ReadFile("sans-extension", Docx(body.ToString())).Error);
    }

    [Fact]
    public void The_seed_docx_reads_exactly_as_with_the_document_model_reader()
    {
        // The text the Open XML SDK reader gave for this file before the streaming reader replaced it.
        var text = DocxText.Extract(new MemoryStream(Fixtures.Fiche17Docx));

        Assert.Equal(62, text.Count(c => c == '\n'));
        Assert.StartsWith("Fiche Action 17\nStructurer la fonction de Chargé(e) de Coopération Territoriale", text);
        Assert.Equal("0f1858fd26af886faeeceebbe53261581b82a6a2136458dd83ae4bf501b76c60",
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
    }

    [Fact]
    public void Table_cells_are_read_in_document_order()
    {
        var bytes = Docx("<w:p><w:r><w:t>Avant</w:t></w:r></w:p>"
            + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>A</w:t></w:r></w:p>" + Table("<w:p><w:r><w:t>Dedans</w:t></w:r></w:p>")
            + "<w:p><w:r><w:t>A suite</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>B</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");

        Assert.Equal("Avant\nA\nDedans\nA suite\nB\n", DocxText.Extract(new MemoryStream(bytes)));
    }

    private static string Table(string cell) => "<w:tbl><w:tr><w:tc>" + cell + "</w:tc></w:tr></w:tbl>";

    private static byte[] Docx(string body, string doctype = "") => Docx([body], doctype);

    private static byte[] Docx(IEnumerable<string> body, string doctype = "")
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Write(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Write(zip, "word/document.xml",
                [$"<?xml version=\"1.0\" encoding=\"UTF-8\"?>{doctype}<w:document xmlns:w=\"{Namespace}\"><w:body>", .. body, "</w:body></w:document>"]);
        }
        return stream.ToArray();
    }

    private static void Write(ZipArchive zip, string name, params IEnumerable<string> content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
        foreach (var piece in content)
        {
            writer.Write(piece);
        }
    }
}
