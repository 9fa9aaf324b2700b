using System.IO.Compression;
using System.Security;
using System.Text;

namespace Ctg.Fuzz.Tests;

/// <summary>
/// Word documents built by hand from a few templates whose text varies: a plain one, one nested very deep,
/// one with a DTD, one cut in the middle of its XML, one without its document. Built as small zips in
/// memory, so that a thousand of them cost less than opening one real document with a library.
/// </summary>
public static class HostileDocx
{
    /// <summary>
    /// How deep the deep template nests <c>w:sdt</c>/<c>w:sdtContent</c>: as deep as the document that stopped the
    /// whole host in the issue (a stack overflow, which no test can catch, kills the test process with it).
    /// </summary>
    public const int DeepXmlDepth = 30_000;

    public enum Template
    {
        Plain,
        Deep,
        Dtd,
        Truncated,
        NoDocument,
        NotXml,
    }

    private const string ContentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """;

    private const string Relationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
        """;

    private const string DocumentStart = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""";
    private const string DocumentEnd = "</w:body></w:document>";

    private static readonly string DeepOpen = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", DeepXmlDepth));
    private static readonly string DeepClose = string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", DeepXmlDepth));

    /// <summary>A document of this template holding these paragraphs.</summary>
    /// <param name="raw">Writes the text without escaping it: control characters and markup break the XML.</param>
    public static byte[] Build(Template template, IEnumerable<string> paragraphs, bool raw = false)
    {
        var body = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            body.Append("<w:p><w:r><w:t xml:space=\"preserve\">").Append(raw ? paragraph : SecurityElement.Escape(paragraph)).Append("</w:t></w:r></w:p>");
        }
        var document = template switch
        {
            Template.Deep => DocumentStart + DeepOpen + body + DeepClose + DocumentEnd,
            Template.Dtd => """<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>"""
                + DocumentStart[DocumentStart.IndexOf("<w:document", StringComparison.Ordinal)..] + "<w:p><w:r><w:t>&b;</w:t></w:r></w:p>" + body + DocumentEnd,
            Template.Truncated => (DocumentStart + body + DocumentEnd)[..Math.Max(DocumentStart.Length, (DocumentStart.Length + body.Length) / 2)],
            Template.NotXml => "%PDF-1.7 " + body,
            _ => DocumentStart + body + DocumentEnd,
        };
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", ContentTypes);
            Add(zip, "_rels/.rels", Relationships);
            if (template != Template.NoDocument)
            {
                Add(zip, "word/document.xml", document);
            }
        }
        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        var bytes = Hostile.Wtf8(content);
        stream.Write(bytes);
    }
}
