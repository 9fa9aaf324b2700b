using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ctg.Modules.Methodology.Import;

/// <summary>
/// The text of a Word document as the importers read it: one line per paragraph in document order, list
/// paragraphs written the way <see cref="Fiches.TextLayout"/> reads lists ("- " for bullets, "1. " for
/// decimal numbering, "a) " for letters), nested list levels indented by two spaces (the plan outline reads
/// indentation), each table cell's paragraphs as lines. Headings are plain lines: the parsers recognise them
/// by their words, as they do in pasted text.
/// </summary>
public static class DocxText
{
    /// <summary>
    /// Characters of XML one part may hold once unzipped. A 10 Mo upload can unzip to gigabytes (a "zip bomb"):
    /// past this limit the reader stops with an <see cref="XmlException"/>, which says "not a readable .docx".
    /// A real fiche's document.xml is well under a megabyte.
    /// </summary>
    public const long MaxCharactersInPart = 50_000_000;

    public static string Extract(Stream stream)
    {
        using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
        var main = document.MainDocumentPart ?? throw new InvalidDataException("Le document n'a pas de contenu principal.");
        var body = main.Document?.Body ?? throw new InvalidDataException("Le document n'a pas de corps.");
        var lists = new ListNumbering(main);
        var text = new StringBuilder();
        AppendBlocks(body, text, lists);
        return text.ToString();
    }

    /// <summary>The exceptions by which the Open XML SDK and the packaging API say a file is not a readable .docx.</summary>
    public static bool IsUnreadable(Exception exception) =>
        exception is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or InvalidOperationException
            or NotSupportedException or IOException;

    private static void AppendBlocks(OpenXmlElement container, StringBuilder text, ListNumbering lists)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    AppendParagraph(paragraph, text, lists);
                    break;
                case Table table:
                    foreach (var cell in table.Descendants<TableCell>())
                    {
                        // Nested tables are reached by Descendants; their own paragraphs only.
                        foreach (var paragraph in cell.Elements<Paragraph>())
                        {
                            AppendParagraph(paragraph, text, lists);
                        }
                        foreach (var block in cell.Elements<SdtBlock>())
                        {
                            AppendBlocks(block.SdtContentBlock ?? (OpenXmlElement)block, text, lists);
                        }
                    }
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    AppendBlocks(content, text, lists);
                    break;
                case CustomXmlBlock custom:
                    AppendBlocks(custom, text, lists);
                    break;
            }
        }
    }

    private static void AppendParagraph(Paragraph paragraph, StringBuilder text, ListNumbering lists)
    {
        var content = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    content.Append(t.Text);
                    break;
                case TabChar:
                    content.Append('\t');
                    break;
                case Break or CarriageReturn:
                    content.Append('\n');
                    break;
                case NoBreakHyphen:
                    content.Append('-');
                    break;
            }
        }
        var line = content.ToString();
        var marker = lists.Marker(paragraph);
        if (marker is not null && line.Trim().Length > 0)
        {
            line = marker + line.TrimStart();
        }
        text.Append(line).Append('\n');
    }

    /// <summary>Resolves a paragraph's list (direct numbering or through its style) to a marker.</summary>
    private sealed class ListNumbering(MainDocumentPart main)
    {
        private readonly Numbering? _numbering = main.NumberingDefinitionsPart?.Numbering;
        private readonly Styles? _styles = main.StyleDefinitionsPart?.Styles;
        private readonly Dictionary<(int NumId, int Level), int> _counters = [];
        private readonly Dictionary<string, (int NumId, int Level)?> _styleNumbering = [];

        public string? Marker(Paragraph paragraph)
        {
            var properties = paragraph.ParagraphProperties;
            var styleId = properties?.ParagraphStyleId?.Val?.Value;
            var numbering = properties?.NumberingProperties;
            (int NumId, int Level)? list = numbering?.NumberingId?.Val is { } numId
                ? (numId.Value, numbering.NumberingLevelReference?.Val?.Value ?? 0)
                : styleId is null ? null : StyleNumbering(styleId);
            if (list is not { NumId: > 0 } found)
            {
                return StyleLooksLikeList(styleId) is { } styleMarker ? styleMarker : null;
            }
            var indent = new string(' ', 2 * Math.Clamp(found.Level, 0, 8));
            var format = Format(found.NumId, found.Level);
            if (format is null)
            {
                return indent + "- ";
            }
            if (format == NumberFormatValues.Bullet || format == NumberFormatValues.None)
            {
                return indent + "- ";
            }
            var number = Next(found.NumId, found.Level);
            if (format == NumberFormatValues.LowerLetter)
            {
                return indent + Letter(number, 'a') + ") ";
            }
            if (format == NumberFormatValues.UpperLetter)
            {
                return indent + Letter(number, 'A') + ". ";
            }
            return indent + number + ". ";
        }

        private static string Letter(int number, char first) => ((char)(first + (number - 1) % 26)).ToString();

        private int Next(int numId, int level)
        {
            foreach (var key in _counters.Keys.Where(k => k.NumId == numId && k.Level > level).ToList())
            {
                _counters.Remove(key);
            }
            var next = _counters.TryGetValue((numId, level), out var current) ? current + 1 : Start(numId, level);
            _counters[(numId, level)] = next;
            return next;
        }

        private int Start(int numId, int level) => Level(numId, level)?.StartNumberingValue?.Val?.Value ?? 1;

        private NumberFormatValues? Format(int numId, int level) => Level(numId, level)?.NumberingFormat?.Val?.Value;

        private Level? Level(int numId, int level)
        {
            if (_numbering is null)
            {
                return null;
            }
            var instance = _numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
            if (instance is null)
            {
                return null;
            }
            var overridden = instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level)?.Level;
            if (overridden is not null)
            {
                return overridden;
            }
            var abstractId = instance.AbstractNumId?.Val?.Value;
            var definition = _numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
            return definition?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
        }

        private (int NumId, int Level)? StyleNumbering(string styleId)
        {
            if (_styleNumbering.TryGetValue(styleId, out var cached))
            {
                return cached;
            }
            (int, int)? found = null;
            var seen = new HashSet<string>();
            var id = styleId;
            while (id is not null && seen.Add(id))
            {
                var style = _styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == id);
                var numbering = style?.StyleParagraphProperties?.NumberingProperties;
                if (numbering?.NumberingId?.Val is { } numId)
                {
                    found = (numId.Value, numbering.NumberingLevelReference?.Val?.Value ?? 0);
                    break;
                }
                id = style?.BasedOn?.Val?.Value;
            }
            _styleNumbering[styleId] = found;
            return found;
        }

        /// <summary>Documents converted from other tools keep list styles without numbering definitions.</summary>
        private static string? StyleLooksLikeList(string? styleId) => styleId?.ToLowerInvariant() switch
        {
            null => null,
            var s when s.StartsWith("listbullet", StringComparison.Ordinal) || s.StartsWith("listepuces", StringComparison.Ordinal) => "- ",
            var s when s.StartsWith("listnumber", StringComparison.Ordinal) || s.StartsWith("listenumros", StringComparison.Ordinal) => "1. ",
            _ => null,
        };
    }
}
