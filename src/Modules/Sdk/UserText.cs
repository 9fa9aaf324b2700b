namespace Ctg.Sdk;

/// <summary>
/// One rule for the characters of a text that people type, paste or import, used at input by every form
/// (the host's model binding) and every import; and the same rule at output, for every file writer (DOCX,
/// XLSX, CSV, iCalendar), which must also take the texts stored before this rule existed.
/// <para>
/// Text pasted from Word carries a vertical tab for a line break and a form feed for a page break; from
/// elsewhere come C0 and C1 control characters, non-characters (U+FFFE, U+FFFF…) and lone surrogates.
/// XML 1.0 cannot hold any of them: one of them made a whole Word or Excel export fail. Line breaks
/// (CR LF, CR, vertical tab, form feed, NEL, U+2028, U+2029) become line feeds; the rest is removed.
/// </para>
/// </summary>
public static class UserText
{
    /// <summary>
    /// What is kept of a typed, pasted or imported text: the rule's characters, then white space trimmed at
    /// the end and blank lines removed at the start. Null stays null.
    /// </summary>
    /// <remarks>
    /// The first line keeps its indentation when the text has several lines: an outline pasted with all its
    /// lines indented must keep the relation between them. A one-line text is trimmed on both sides.
    /// </remarks>
    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var value = Normalize(text, keepLineBreaks: true).TrimEnd();
        var start = 0;
        while (start < value.Length && char.IsWhiteSpace(value[start]))
        {
            start++;
        }
        if (start == value.Length || value.IndexOf('\n', start) < 0)
        {
            return value[start..];
        }
        return start == 0 ? value : value[(value.LastIndexOf('\n', start - 1) + 1)..];
    }

    /// <summary>
    /// A text that must be one line (a name, a place, a title): cleaned by the same rule, each line break or
    /// tab one space, trimmed. Null stays null.
    /// </summary>
    public static string? Line(string? text) => text is null ? null : Normalize(text, keepLineBreaks: false).Trim();

    /// <summary>
    /// A stored text as a file can hold it: what XML 1.0 allows, which is also what an iCalendar or a CSV
    /// reader takes. Nothing is trimmed: a writer writes what was stored, without what no file can hold.
    /// </summary>
    /// <param name="keepLineBreaks">Keep line feeds and tabs (a cell or a description shows them); otherwise each becomes a space.</param>
    public static string ForDocument(string? text, bool keepLineBreaks = true) =>
        text is null ? "" : Normalize(text, keepLineBreaks);

    /// <summary>Characters the rule removes: lone surrogates, non-characters, control characters that are no line break or tab.</summary>
    private static bool IsRemoved(char c) =>
        char.IsSurrogate(c) || IsNonCharacter(c) || char.IsControl(c) && c is not ('\n' or '\t' or '\r' or '\v' or '\f' or '\u0085');

    private static string Normalize(string text, bool keepLineBreaks)
    {
        var first = FirstToChange(text, keepLineBreaks);
        if (first < 0)
        {
            return text;
        }
        var output = new System.Text.StringBuilder(text.Length);
        output.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (!IsNonCharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    output.Append(c).Append(text[i + 1]);
                }
                i++;
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                // The line feed that follows makes the line break.
            }
            else if (IsLineBreak(c) || c == '\t')
            {
                if (keepLineBreaks)
                {
                    output.Append(c == '\t' ? '\t' : '\n');
                }
                else if (output.Length > 0 && output[^1] != ' ')
                {
                    output.Append(' ');
                }
            }
            else if (!IsRemoved(c))
            {
                output.Append(c);
            }
        }
        return output.ToString();
    }

    /// <summary>The index of the first character that the rule changes, or -1: most texts are left as they are, without a copy.</summary>
    private static int FirstToChange(string text, bool keepLineBreaks)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNonCharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return i;
                }
                i++;
            }
            else if (keepLineBreaks ? c is not ('\n' or '\t') && (IsLineBreak(c) || IsRemoved(c)) : IsLineBreak(c) || c == '\t' || IsRemoved(c))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>U+FDD0–U+FDEF and the last two code points of every plane: never characters, refused by XML.</summary>
    private static bool IsNonCharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
