using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Ctg.Modules.Methodology.Import;

/// <summary>
/// The text of a Word document as the importers read it: one line per paragraph in document order, list
/// paragraphs written the way <see cref="Fiches.TextLayout"/> reads lists ("- " for bullets, "1. " for
/// decimal numbering, "a) " for letters), nested list levels indented by two spaces (the plan outline reads
/// indentation), each table cell's paragraphs as lines. Headings are plain lines: the parsers recognise them
/// by their words, as they do in pasted text.
/// </summary>
/// <remarks>
/// An uploaded file is hostile until read. The parts are read straight from the zip with a forward-only
/// <see cref="XmlReader"/>, never loaded as a tree: a loader that recurses per element stops the process on a
/// document nested 30 000 deep, and one that builds the text first holds 49 million characters before anyone
/// counts them. Every read is bounded, and past a bound the reader stops at once with a
/// <see cref="DocxRefusedException"/> carrying the French reason:
/// nesting (<see cref="MaxNesting"/>), text written (<see cref="MaxTextChars"/>, checked before each character
/// is kept), XML read per part (<see cref="MaxPartBytes"/>), parts in the package (<see cref="MaxParts"/>) and
/// time (<see cref="MaxReadTime"/>).
/// </remarks>
public static class DocxText
{
    /// <summary>
    /// Elements open at once. A real document stays far below: body, table, row, cell, content control,
    /// paragraph, run, text is 8; tables nested in tables add 3 each.
    /// </summary>
    public const int MaxNesting = 100;

    /// <summary>Characters of text kept: the import limit of a pasted text (<see cref="ImportGuard.MaxTextChars"/>).</summary>
    public const int MaxTextChars = ImportGuard.MaxTextChars;

    /// <summary>
    /// Bytes of XML read from one part once unzipped. A 10 Mo upload can unzip to gigabytes; a real
    /// document.xml holding the most text an import takes (<see cref="MaxTextChars"/>) stays under this.
    /// </summary>
    public const long MaxPartBytes = 20 * 1024 * 1024;

    /// <summary>Files in the package: a real .docx has a dozen, a few hundred with many images.</summary>
    public const int MaxParts = 2_000;

    /// <summary>A safeguard behind the bounds above, which keep a read far shorter on any file.</summary>
    public static readonly TimeSpan MaxReadTime = TimeSpan.FromSeconds(5);

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly HashSet<string> WordNamespaces =
        ["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"];

    /// <summary>
    /// The document's text. Throws <see cref="DocxRefusedException"/> past a bound, or one of the exceptions
    /// of <see cref="IsUnreadable"/> when the file is no readable .docx.
    /// </summary>
    public static string Extract(Stream stream, CancellationToken cancellationToken = default)
    {
        var budget = new ReadBudget(cancellationToken);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > MaxParts)
        {
            throw new DocxRefusedException(ImportGuard.DocxTooManyParts);
        }
        var parts = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            parts.TryAdd(entry.FullName.TrimStart('/'), entry);
        }
        var main = Relationships(parts, "", budget).FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Target
            ?? throw new InvalidDataException("Le document n'a pas de contenu principal.");
        var related = Relationships(parts, main, budget);
        var numbering = related.FirstOrDefault(r => r.Type.EndsWith("/numbering", StringComparison.Ordinal)).Target;
        var styles = related.FirstOrDefault(r => r.Type.EndsWith("/styles", StringComparison.Ordinal)).Target;
        var lists = new ListNumbering(
            numbering is null ? null : ReadNumbering(parts, numbering, budget),
            styles is null ? null : ReadStyles(parts, styles, budget));
        return ReadBody(parts, main, lists, budget);
    }

    /// <summary>The exceptions by which the zip and XML readers say a file is not a readable .docx.</summary>
    public static bool IsUnreadable(Exception exception) =>
        exception is InvalidDataException or XmlException or IOException or NotSupportedException or InvalidOperationException or ArgumentException;

    private static string ReadBody(Dictionary<string, ZipArchiveEntry> parts, string path, ListNumbering lists, ReadBudget budget)
    {
        using var reader = Open(parts, path, budget) ?? throw new InvalidDataException("Le document n'a pas de contenu principal.");
        var text = new StringBuilder();
        var line = new StringBuilder();
        var names = new string?[MaxNesting + 2];
        var chunk = new char[4096];
        // Depth of the paragraph being read (-1: between paragraphs), of the subtree being skipped, of the w:t being read.
        int paragraph = -1, skipping = -1, inText = -1;
        string? styleId = null;
        int? numId = null, level = null;
        var hasNumbering = false;
        var propertiesSeen = false;

        while (budget.Read(reader))
        {
            var depth = reader.Depth;
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (depth == skipping)
                {
                    skipping = -1;
                }
                else if (depth == inText)
                {
                    inText = -1;
                }
                else if (depth == paragraph)
                {
                    EndParagraph();
                }
                continue;
            }
            if (skipping >= 0)
            {
                continue;
            }
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                if (inText >= 0)
                {
                    AppendValue();
                }
                continue;
            }
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var name = WordNamespaces.Contains(reader.NamespaceURI) ? reader.LocalName : null;
            names[depth] = name;
            var parent = depth > 0 ? names[depth - 1] : null;
            if (depth == 0)
            {
                if (name != "document")
                {
                    throw new InvalidDataException("Le contenu principal n'est pas un document Word.");
                }
                continue;
            }
            if (paragraph < 0)
            {
                if (name == "p")
                {
                    paragraph = depth;
                    styleId = null;
                    numId = level = null;
                    hasNumbering = propertiesSeen = false;
                    if (reader.IsEmptyElement)
                    {
                        EndParagraph();
                    }
                }
                else if (!IsBlockContainer(name, parent))
                {
                    Skip();
                }
                continue;
            }

            if (depth == paragraph + 1 && name == "pPr" && !propertiesSeen)
            {
                propertiesSeen = true;
                continue;
            }
            if (parent == "pPr" && depth == paragraph + 2 && names[paragraph + 1] == "pPr")
            {
                if (name == "pStyle")
                {
                    styleId ??= reader.GetAttribute("val", reader.NamespaceURI);
                }
                else if (name == "numPr")
                {
                    hasNumbering = true;
                }
                else
                {
                    Skip();
                }
                continue;
            }
            if (parent == "numPr" && depth == paragraph + 3 && names[paragraph + 1] == "pPr")
            {
                if (name == "numId")
                {
                    numId ??= Integer(reader.GetAttribute("val", reader.NamespaceURI));
                }
                else if (name == "ilvl")
                {
                    level ??= Integer(reader.GetAttribute("val", reader.NamespaceURI));
                }
                continue;
            }
            if (depth == paragraph + 1 && name == "pPr")
            {
                Skip();
                continue;
            }
            switch (name)
            {
                case "t":
                    if (!reader.IsEmptyElement)
                    {
                        inText = depth;
                    }
                    break;
                case "tab" when parent == "r":
                    Append("\t");
                    break;
                case "br" or "cr":
                    Append("\n");
                    break;
                case "noBreakHyphen":
                    Append("-");
                    break;
                // Drawings, text boxes and embedded objects: their text is not the paragraph's.
                case "drawing" or "pict" or "object" or "rPr" or "delText" or "instrText":
                    Skip();
                    break;
                case null when reader.LocalName == "AlternateContent":
                    Skip();
                    break;
            }
        }
        return text.ToString();

        void Skip()
        {
            if (!reader.IsEmptyElement)
            {
                skipping = reader.Depth;
            }
        }

        void Append(string value)
        {
            CheckRoom(value.Length);
            line.Append(value);
        }

        void AppendValue()
        {
            if (!reader.CanReadValueChunk)
            {
                Append(reader.Value);
                return;
            }
            int read;
            while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
            {
                CheckRoom(read);
                line.Append(chunk, 0, read);
            }
        }

        void CheckRoom(int more)
        {
            if ((long)text.Length + line.Length + more > MaxTextChars)
            {
                throw new DocxRefusedException(ImportGuard.TooLongText);
            }
        }

        void EndParagraph()
        {
            var content = line.ToString();
            line.Clear();
            var marker = lists.Marker(styleId, hasNumbering ? numId : null, level);
            if (marker is not null && content.Trim().Length > 0)
            {
                content = marker + content.TrimStart();
            }
            CheckRoom(content.Length + 1);
            text.Append(content).Append('\n');
            paragraph = -1;
        }
    }

    /// <summary>
    /// Where paragraphs are read as lines: the body, tables, content controls and custom XML blocks, at any
    /// nesting (a table's cells in document order). Anything else between paragraphs (section properties, a
    /// content control's properties…) holds no text of the document.
    /// </summary>
    private static bool IsBlockContainer(string? name, string? parent) => name switch
    {
        "body" => parent == "document",
        "tbl" or "tr" or "tc" or "sdt" or "sdtContent" or "customXml" => true,
        _ => false,
    };

    private static int? Integer(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>The relationships of a part ("" for the package): their types and target paths inside the zip.</summary>
    private static List<(string Type, string? Target)> Relationships(Dictionary<string, ZipArchiveEntry> parts, string source, ReadBudget budget)
    {
        var slash = source.LastIndexOf('/');
        var folder = slash < 0 ? "" : source[..(slash + 1)];
        var path = folder + "_rels/" + source[(slash + 1)..] + ".rels";
        var found = new List<(string, string?)>();
        using var reader = Open(parts, path, budget);
        if (reader is null)
        {
            return found;
        }
        while (budget.Read(reader))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship" || reader.NamespaceURI != RelationshipsNamespace
                || reader.Depth != 1 || reader.GetAttribute("TargetMode") == "External")
            {
                continue;
            }
            if (reader.GetAttribute("Type") is { } type && reader.GetAttribute("Target") is { } target)
            {
                found.Add((type, Resolve(folder, target)));
            }
        }
        return found;
    }

    /// <summary>A relationship's target as a path in the zip: relative to the source's folder, or absolute.</summary>
    private static string? Resolve(string folder, string target)
    {
        var unescaped = Uri.UnescapeDataString(target.Replace('\\', '/'));
        var segments = new List<string>();
        foreach (var segment in ((unescaped.StartsWith('/') ? "" : folder) + unescaped).Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }
                segments.RemoveAt(segments.Count - 1);
                continue;
            }
            segments.Add(segment);
        }
        return segments.Count == 0 ? null : string.Join('/', segments);
    }

    private static XmlReader? Open(Dictionary<string, ZipArchiveEntry> parts, string path, ReadBudget budget)
    {
        if (!parts.TryGetValue(path, out var entry))
        {
            return null;
        }
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            // A backstop behind the byte limit of the stream: a character is at least one byte.
            MaxCharactersInDocument = MaxPartBytes + 1,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };
        return XmlReader.Create(new BoundedStream(entry.Open(), MaxPartBytes), settings);
    }

    /// <summary>
    /// Reads a numbering part into plain dictionaries: for each numbering instance its abstract definition
    /// and level overrides, for each definition its levels' start and format.
    /// </summary>
    private static Numbering ReadNumbering(Dictionary<string, ZipArchiveEntry> parts, string path, ReadBudget budget)
    {
        var numbering = new Numbering();
        using var reader = Open(parts, path, budget);
        if (reader is null)
        {
            return numbering;
        }
        int? abstractId = null, numId = null, overrideLevel = null;
        int? levelIndex = null;
        LevelDefinition? levelDefinition = null;
        while (budget.Read(reader))
        {
            if (reader.NodeType != XmlNodeType.Element || !WordNamespaces.Contains(reader.NamespaceURI))
            {
                continue;
            }
            var ns = reader.NamespaceURI;
            var value = reader.GetAttribute("val", ns);
            switch (reader.Depth, reader.LocalName)
            {
                case (1, "abstractNum"):
                    abstractId = Integer(reader.GetAttribute("abstractNumId", ns));
                    numId = null;
                    levelDefinition = null;
                    if (abstractId is { } newAbstract)
                    {
                        numbering.Abstracts.TryAdd(newAbstract, []);
                    }
                    break;
                case (1, "num"):
                    numId = Integer(reader.GetAttribute("numId", ns));
                    abstractId = null;
                    levelDefinition = null;
                    if (numId is { } newInstance)
                    {
                        numbering.Instances.TryAdd(newInstance, new NumberingInstance());
                    }
                    break;
                case (2, "abstractNumId") when numId is { } current && numbering.Instances[current] is { AbstractId: null } read:
                    read.AbstractId = Integer(value);
                    break;
                case (2, "lvlOverride") when numId is not null:
                    overrideLevel = Integer(reader.GetAttribute("ilvl", ns));
                    levelDefinition = null;
                    break;
                case (3, "lvl") when numId is { } overriding && overrideLevel is { } overridden:
                    levelDefinition = new LevelDefinition();
                    numbering.Instances[overriding].Overrides.TryAdd(overridden, levelDefinition);
                    break;
                case (2, "lvl") when abstractId is { } defining:
                    levelIndex = Integer(reader.GetAttribute("ilvl", ns));
                    levelDefinition = levelIndex is { } index && numbering.Abstracts[defining].TryAdd(index, new LevelDefinition())
                        ? numbering.Abstracts[defining][index]
                        : null;
                    break;
                case (3 or 4, "start") when levelDefinition is not null && reader.Depth == (numId is null ? 3 : 4):
                    levelDefinition.Start ??= Integer(value);
                    break;
                case (3 or 4, "numFmt") when levelDefinition is not null && reader.Depth == (numId is null ? 3 : 4):
                    levelDefinition.Format ??= value;
                    break;
                case (1, _):
                    abstractId = numId = null;
                    levelDefinition = null;
                    break;
            }
        }
        return numbering;
    }

    /// <summary>Reads a styles part: each paragraph style's numbering and the style it is based on.</summary>
    private static Dictionary<string, StyleDefinition> ReadStyles(Dictionary<string, ZipArchiveEntry> parts, string path, ReadBudget budget)
    {
        var styles = new Dictionary<string, StyleDefinition>(StringComparer.Ordinal);
        using var reader = Open(parts, path, budget);
        if (reader is null)
        {
            return styles;
        }
        StyleDefinition? style = null;
        var inNumbering = false;
        while (budget.Read(reader))
        {
            if (reader.NodeType != XmlNodeType.Element || !WordNamespaces.Contains(reader.NamespaceURI))
            {
                continue;
            }
            var ns = reader.NamespaceURI;
            switch (reader.Depth, reader.LocalName)
            {
                case (1, "style"):
                    style = new StyleDefinition();
                    inNumbering = false;
                    if (reader.GetAttribute("styleId", ns) is { } id)
                    {
                        styles.TryAdd(id, style);
                    }
                    break;
                case (1, _):
                    style = null;
                    break;
                case (2, "basedOn") when style is not null:
                    style.BasedOn ??= reader.GetAttribute("val", ns);
                    break;
                case (2, "pPr") when style is not null && !style.PropertiesSeen:
                    style.PropertiesSeen = true;
                    inNumbering = true;
                    break;
                case (2, _):
                    inNumbering = false;
                    break;
                case (3, "numPr") when style is not null && inNumbering:
                    style.HasNumbering = true;
                    break;
                case (4, "numId") when style is { HasNumbering: true } && inNumbering:
                    style.NumId ??= Integer(reader.GetAttribute("val", ns));
                    break;
                case (4, "ilvl") when style is { HasNumbering: true } && inNumbering:
                    style.Level ??= Integer(reader.GetAttribute("val", ns));
                    break;
            }
        }
        return styles;
    }

    private sealed class LevelDefinition
    {
        public int? Start { get; set; }
        /// <summary>The w:numFmt value ("bullet", "decimal", "lowerLetter"…), null when the level has none.</summary>
        public string? Format { get; set; }
    }

    private sealed class NumberingInstance
    {
        public int? AbstractId { get; set; }
        public Dictionary<int, LevelDefinition> Overrides { get; } = [];
    }

    private sealed class Numbering
    {
        public Dictionary<int, Dictionary<int, LevelDefinition>> Abstracts { get; } = [];
        public Dictionary<int, NumberingInstance> Instances { get; } = [];
    }

    private sealed class StyleDefinition
    {
        public string? BasedOn { get; set; }
        public bool PropertiesSeen { get; set; }
        public bool HasNumbering { get; set; }
        public int? NumId { get; set; }
        public int? Level { get; set; }
    }

    /// <summary>Resolves a paragraph's list (direct numbering or through its style) to a marker.</summary>
    private sealed class ListNumbering(Numbering? numbering, Dictionary<string, StyleDefinition>? styles)
    {
        private readonly Dictionary<(int NumId, int Level), int> _counters = [];
        private readonly Dictionary<string, (int NumId, int Level)?> _styleNumbering = [];

        /// <param name="numId">The paragraph's own numbering, when its properties have one.</param>
        public string? Marker(string? styleId, int? numId, int? level)
        {
            (int NumId, int Level)? list = numId is { } id
                ? (id, level ?? 0)
                : styleId is null ? null : StyleNumbering(styleId);
            if (list is not { NumId: > 0 } found)
            {
                return StyleLooksLikeList(styleId);
            }
            var indent = new string(' ', 2 * Math.Clamp(found.Level, 0, 8));
            var format = Level(found.NumId, found.Level)?.Format;
            if (format is null or "bullet" or "none")
            {
                return indent + "- ";
            }
            var number = Next(found.NumId, found.Level);
            return format switch
            {
                "lowerLetter" => indent + Letter(number, 'a') + ") ",
                "upperLetter" => indent + Letter(number, 'A') + ". ",
                _ => indent + number + ". ",
            };
        }

        private static string Letter(int number, char first) => ((char)(first + (((number - 1) % 26) + 26) % 26)).ToString();

        private int Next(int numId, int level)
        {
            foreach (var key in _counters.Keys.Where(k => k.NumId == numId && k.Level > level).ToList())
            {
                _counters.Remove(key);
            }
            var next = _counters.TryGetValue((numId, level), out var current) ? current + 1 : Level(numId, level)?.Start ?? 1;
            _counters[(numId, level)] = next;
            return next;
        }

        private LevelDefinition? Level(int numId, int level)
        {
            if (numbering is null || !numbering.Instances.TryGetValue(numId, out var instance))
            {
                return null;
            }
            if (instance.Overrides.TryGetValue(level, out var overridden))
            {
                return overridden;
            }
            return instance.AbstractId is { } abstractId && numbering.Abstracts.TryGetValue(abstractId, out var levels)
                ? levels.GetValueOrDefault(level)
                : null;
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
                var style = styles?.GetValueOrDefault(id);
                if (style is { HasNumbering: true, NumId: { } numId })
                {
                    found = (numId, style.Level ?? 0);
                    break;
                }
                id = style?.BasedOn;
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

    /// <summary>Counts the nodes read, refuses past <see cref="MaxNesting"/> and <see cref="MaxReadTime"/>.</summary>
    private sealed class ReadBudget(CancellationToken cancellationToken)
    {
        private readonly long _start = Stopwatch.GetTimestamp();
        private int _nodes;

        public bool Read(XmlReader reader)
        {
            if (!reader.Read())
            {
                return false;
            }
            if (reader.Depth > MaxNesting)
            {
                throw new DocxRefusedException(ImportGuard.DocxTooDeep);
            }
            if (++_nodes % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Stopwatch.GetElapsedTime(_start) > MaxReadTime)
                {
                    throw new DocxRefusedException(ImportGuard.DocxTooSlow);
                }
            }
            return true;
        }
    }

    /// <summary>An unzipped part that refuses to give more than its limit.</summary>
    private sealed class BoundedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        private int Count(int read)
        {
            _read += read;
            if (_read > limit)
            {
                throw new DocxRefusedException(ImportGuard.DocxTooLarge);
            }
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}

/// <summary>A .docx refused because reading it would pass one of <see cref="DocxText"/>'s bounds; the message is French.</summary>
public sealed class DocxRefusedException(string message) : Exception(message);
