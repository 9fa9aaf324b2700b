using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ctg.Modules.Methodology.Fiches;

namespace Ctg.Modules.Methodology.Import;

/// <summary>
/// Line handling shared by the fiche and plan parsers: splitting whatever line endings a document has,
/// tidying spaces, recognising list markers as people type them and writing them the way
/// <see cref="Fiches.TextLayout"/> reads them, and the accent-, case- and apostrophe-blind form of a line
/// that headings are compared on.
/// </summary>
internal static partial class ImportLines
{
    /// <summary>Lines without their ends; tabs and runs of spaces become one space (indentation is measured before).</summary>
    public static List<string> Split(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '\n' or '\r' or '\f' or '\v' or '\u2028' or '\u2029')
            {
                lines.Add(text[start..i]);
                if (i < text.Length - 1 && text[i] == '\r' && text[i + 1] == '\n')
                {
                    i++;
                }
                start = i + 1;
            }
        }
        if (lines.Count > 0 && lines[0].Length > 0 && lines[0][0] == '\uFEFF')
        {
            lines[0] = lines[0][1..];
        }
        return lines;
    }

    /// <summary>Trims and collapses tabs and spaces (non-breaking ones included) into one ordinary space.</summary>
    public static string Tidy(string line)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return "";
        }
        var needs = false;
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c is '\t' or '\u00A0' or '\u2007' || (c == ' ' && i + 1 < trimmed.Length && char.IsWhiteSpace(trimmed[i + 1])))
            {
                needs = true;
                break;
            }
        }
        if (!needs)
        {
            return trimmed.Length == line.Length ? line : trimmed.ToString();
        }
        var builder = new StringBuilder(trimmed.Length);
        var space = false;
        foreach (var c in trimmed)
        {
            // U+202F (espace fine insécable before « ; : ! ? ») is typography, kept as written.
            if (char.IsWhiteSpace(c) && c != '\u202F')
            {
                space = true;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Leading indentation in columns, a tab counting four.</summary>
    public static int Indent(string line)
    {
        var columns = 0;
        foreach (var c in line)
        {
            if (c == '\t')
            {
                columns += 4;
            }
            else if (c is ' ' or '\u00A0' or '\u2007' or '\u202F' or '\u3000')
            {
                columns++;
            }
            else
            {
                break;
            }
        }
        return columns;
    }

    /// <summary>The marker and content of a bulleted line, or null.</summary>
    public static string? BulletContent(string line)
    {
        var match = Bullet().Match(line);
        return match.Success ? line[match.Length..] : null;
    }

    /// <summary>
    /// A tidied line with its list marker written as TextLayout reads it: "- item" for any bullet, "1. item"
    /// for "1)", "1 -", "1." numbering; lettered items "a) " kept.
    /// </summary>
    public static string WithLayoutMarker(string line)
    {
        if (BulletContent(line) is { } item)
        {
            return "- " + item;
        }
        var numbered = Numbered().Match(line);
        if (numbered.Success)
        {
            return numbered.Groups["n"].Value + ". " + line[numbered.Length..];
        }
        var lettered = Lettered().Match(line);
        return lettered.Success ? lettered.Groups["l"].Value + ") " + line[lettered.Length..] : line;
    }

    /// <summary>Is a line a list item (after <see cref="WithLayoutMarker"/>), as <see cref="TextLayout"/> shows it?</summary>
    public static bool IsListItem(string line) => TextLayout.Classify(line).Kind != TextBlockKind.Paragraph;

    /// <summary>The content of a list item without its marker (the line itself when it is no list item).</summary>
    public static string WithoutMarker(string line) => TextLayout.Classify(line).Content;

    /// <summary>Does a text start with an article or a preposition ("Les constats…", "Dans ce contexte…")?</summary>
    public static bool StartsWithSmallWord(string text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return end > 0 && SentenceStarts.Contains(text[..end].ToLowerInvariant());
    }

    private static readonly HashSet<string> SentenceStarts =
        ["le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "ce", "cet", "cette", "ces", "nos", "notre", "leur", "leurs", "dans", "pour",
         "sur", "avec", "il", "elle", "ils", "elles", "on", "nous", "en", "au", "aux", "à", "si", "afin", "par", "chaque", "tous", "toutes"];

    /// <summary>"1. Impulser…" → (1, "Impulser…").</summary>
    public static (int Number, string Text)? NumberedItem(string line)
    {
        var (kind, content) = TextLayout.Classify(line);
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }
        if (kind != TextBlockKind.Numbered || digits == 0)
        {
            return null;
        }
        return (int.Parse(line.AsSpan(0, digits), CultureInfo.InvariantCulture), content);
    }

    /// <summary>Several bullets run together on one line by a copy from a PDF: "• un • deux".</summary>
    public static IEnumerable<string> SplitMergedBullets(string line)
    {
        if (line.IndexOf(" • ", StringComparison.Ordinal) < 0 && line.IndexOf(" ▪ ", StringComparison.Ordinal) < 0)
        {
            return [line];
        }
        var parts = MergedBullet().Split(line).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return parts.Select((p, i) => i == 0 && !line.StartsWith('•') && !line.StartsWith('▪') ? p : "- " + p.TrimStart('•', '▪', ' '));
    }

    /// <summary>Does a wrapped line continue the previous one (the previous does not end a sentence, this starts in lower case)?</summary>
    public static bool Continues(string previous, string line) =>
        previous.Length > 0 && line.Length > 0 && char.IsLower(line[0]) && !IsListItem(line)
        && previous[^1] is not ('.' or ';' or ':' or '!' or '?' or '…');

    /// <summary>Letters mostly in capitals (and at least three of them): "DIAGNOSTIC INITIAL / ENJEUX".</summary>
    public static bool IsCapitals(string text)
    {
        int letters = 0, upper = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }
        return letters >= 3 && upper * 10 >= letters * 9;
    }

    /// <summary>
    /// The words of a text as headings are compared: lower case, no accents, œ → oe, "(s)" and "(e)" dropped,
    /// apostrophes and punctuation as spaces, small words ("de", "l'", "et"…) dropped, plurals made singular.
    /// </summary>
    public static List<string> Words(string text)
    {
        var folded = new StringBuilder(text.Length + 8);
        var decomposed = OptionalEnding().Replace(text, "").Normalize(NormalizationForm.FormD);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'œ' or 'Œ':
                    folded.Append("oe");
                    continue;
                case 'æ' or 'Æ':
                    folded.Append("ae");
                    continue;
            }
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        var words = new List<string>();
        foreach (var raw in folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (SmallWords.Contains(raw))
            {
                continue;
            }
            words.Add(Singular(raw));
        }
        return words;
    }

    private static readonly HashSet<string> SmallWords =
        ["d", "l", "j", "qu", "de", "du", "des", "la", "le", "les", "et", "a", "au", "aux", "en", "par", "pour", "un", "une", "sur", "dans", "ou", "n", "s"];

    private static string Singular(string word) => word switch
    {
        { Length: > 4 } when word.EndsWith("aux", StringComparison.Ordinal) => word[..^3] + "al",
        { Length: > 3 } when word.EndsWith("eux", StringComparison.Ordinal) => word[..^1],
        { Length: > 3 } when word.EndsWith('s') => word[..^1],
        _ => word,
    };

    // TextLayout's bullets, plus shapes found in Word and PDF copies: "●", "■", "→", Symbol/Wingdings glyphs
    // (private use U+F0B7…), and "o " for Word's second-level bullet.
    [GeneratedRegex("^(?:[" + TextLayout.BulletChars + @"●■□→\uF0B7\uF0A7\uF076\uF0D8\uF0FC]\s*(?=\S)|o\s+(?=\p{L}))")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?<n>\d{1,2})(?:\s*[.)]|\s+[-–—])\s+(?=\S)")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?<l>[a-z])\)\s+(?=\S)")]
    private static partial Regex Lettered();

    [GeneratedRegex(@"\s+[•▪]\s+")]
    private static partial Regex MergedBullet();

    [GeneratedRegex(@"\((?:s|x|e|es|ne|aux|le)\)", RegexOptions.IgnoreCase)]
    private static partial Regex OptionalEnding();
}
