using System.Net;
using System.Text.RegularExpressions;
using Ganss.Xss;

namespace Ctg.Modules.Methodology.Fiches;

/// <summary>
/// What a fiche keeps of a typed or pasted text: plain text, trimmed, null when empty. Its characters follow
/// the Sdk's <see cref="UserText"/> rule, like every text of the platform; markup pasted from a web page or a
/// mail is removed (its text kept, its line breaks made lines, its entities decoded), so that
/// nothing stored is ever HTML; display encodes it.
/// </summary>
public static partial class PlainText
{
    /// <summary>No tag allowed: the sanitizer parses as a browser would and keeps only the text.</summary>
    private static readonly HtmlSanitizer Sanitizer = new(HtmlSanitizerOptions.Empty()) { KeepChildNodes = true };

    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var value = UserText.Clean(text)!;
        // Encoded markup ("&lt;b&gt;") decodes to markup: strip until nothing tag-like is left.
        for (var pass = 0; pass < 3 && (value.Contains('<') || value.Contains('&')); pass++)
        {
            var stripped = StripMarkup(value);
            if (stripped == value)
            {
                break;
            }
            // Decoded entities may be characters the rule removes ("&#11;").
            value = UserText.Clean(stripped)!;
        }
        var lines = value.Split('\n').Select(l => l.TrimEnd());
        var cleaned = string.Join("\n", lines).Trim('\n', ' ', '\t', '\u00A0');
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>One line of text: line breaks become spaces.</summary>
    public static string? Line(string? text) =>
        Clean(text) is { } value ? Spaces().Replace(value.Replace('\n', ' '), " ") : null;

    private static string StripMarkup(string value)
    {
        // Scripts and styles are code, not text: their content goes with them.
        value = CodeElements().Replace(value, "");
        value = LineBreaks().Replace(value, "\n");
        // The sanitizer writes the remaining text HTML-encoded.
        return WebUtility.HtmlDecode(Sanitizer.Sanitize(value));
    }

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex CodeElements();

    /// <summary>Line breaks and the ends of blocks, so that paragraphs and list items stay lines.</summary>
    [GeneratedRegex(@"<br\s*/?>|</(p|div|li|h[1-6]|tr)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}
