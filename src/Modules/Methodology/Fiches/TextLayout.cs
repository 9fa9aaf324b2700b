using System.Text.RegularExpressions;

namespace Ctg.Modules.Methodology.Fiches;

public enum TextBlockKind
{
    Paragraph,
    Bullets,
    Numbered,
}

/// <param name="Lines">One line for a paragraph; the items for a list (markers removed).</param>
public sealed record TextBlock(TextBlockKind Kind, IReadOnlyList<string> Lines);

/// <summary>
/// How a fiche's long texts are laid out: plain text where paragraphs are separated by lines, lines starting
/// with "- ", "• ", "* ", "– " are bullets and lines starting with "1. ", "1) ", "a) " are numbered items.
/// The fiche page, the print view and the DOCX exports all read texts through this one class.
/// </summary>
public static partial class TextLayout
{
    public static IReadOnlyList<TextBlock> Parse(string? text)
    {
        var blocks = new List<TextBlock>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return blocks;
        }
        List<string>? items = null;
        var kind = TextBlockKind.Paragraph;
        foreach (var raw in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }
            var (lineKind, content) = Classify(line);
            if (lineKind == TextBlockKind.Paragraph)
            {
                Flush();
                blocks.Add(new TextBlock(TextBlockKind.Paragraph, [content]));
                continue;
            }
            if (items is null || kind != lineKind)
            {
                Flush();
                items = [];
                kind = lineKind;
            }
            items.Add(content);
        }
        Flush();
        return blocks;

        void Flush()
        {
            if (items is { Count: > 0 })
            {
                blocks.Add(new TextBlock(kind, items));
            }
            items = null;
        }
    }

    /// <summary>The items of a text that is a list (or one item per line when it has no markers).</summary>
    public static IReadOnlyList<string> Items(string? text) =>
        Parse(text).SelectMany(b => b.Lines).ToList();

    /// <summary>Writes items back as a bulleted text.</summary>
    public static string? ToBullets(IEnumerable<string> items)
    {
        var lines = items.Select(i => i.Trim()).Where(i => i.Length > 0).Select(i => "- " + i).ToList();
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }

    /// <summary>
    /// The bullet characters a list line may start with. The importer recognises these and more (Word's
    /// Symbol-font glyphs, "o ", "●"…) and rewrites all of them as "- ", so that what it saves reads as a list here.
    /// </summary>
    internal const string BulletChars = "-•*–—▪◦·➢►✓";

    /// <summary>
    /// One trimmed line: a bullet, a numbered item ("1. ", "1) ", "a) ") or a paragraph, with its content
    /// without the marker. The importer asks this too, so that what it takes for a list item is what shows as one.
    /// </summary>
    internal static (TextBlockKind Kind, string Content) Classify(string line)
    {
        var bullet = BulletMarker().Match(line);
        if (bullet.Success)
        {
            return (TextBlockKind.Bullets, line[bullet.Length..].Trim());
        }
        var number = NumberMarker().Match(line);
        if (number.Success && number.Length < line.Length)
        {
            return (TextBlockKind.Numbered, line[number.Length..].Trim());
        }
        return (TextBlockKind.Paragraph, line);
    }

    [GeneratedRegex("^[" + BulletChars + @"]\s*")]
    private static partial Regex BulletMarker();

    [GeneratedRegex(@"^(\d{1,2}|[a-zA-Z])[.)]\s+")]
    private static partial Regex NumberMarker();
}
