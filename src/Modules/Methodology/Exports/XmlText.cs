namespace Ctg.Modules.Methodology.Exports;

/// <summary>
/// Text as the Office formats can hold it. XML 1.0 forbids control characters, lone surrogates and U+FFFE /
/// U+FFFF; a pasted or typed text may hold some, and one of them would make the whole export fail.
/// </summary>
public static class XmlText
{
    /// <param name="keepLineBreaks">Keep line feeds and tabs (a spreadsheet cell shows them); otherwise spaces.</param>
    public static string Safe(string text, bool keepLineBreaks = false)
    {
        var index = FirstInvalid(text, keepLineBreaks);
        if (index < 0)
        {
            return text;
        }
        var chars = text.ToCharArray();
        for (var i = index; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (!Allowed(chars[i], keepLineBreaks))
            {
                chars[i] = ' ';
            }
        }
        return new string(chars);
    }

    private static int FirstInvalid(string text, bool keepLineBreaks)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!Allowed(text[i], keepLineBreaks))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool Allowed(char c, bool keepLineBreaks) =>
        !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF')
        && (!char.IsControl(c) || keepLineBreaks && c is '\n' or '\t');
}
