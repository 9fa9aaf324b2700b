using System.Text;

namespace Ctg.Fuzz.Tests;

/// <summary>
/// Hostile values drawn from one seeded <see cref="Random"/>: what an attacker, a broken export or a paste
/// from Word puts in a form or a file. The same seed gives the same values in the same order.
/// </summary>
public sealed class Hostile(Random random)
{
    public const string Script = "<script>alert(1)</script>";
    public const string ImageOnError = "\"><img src=x onerror=alert(1)>";

    public static readonly string[] Markup =
    [
        Script, ImageOnError, "<svg onload=alert(1)>", "'><b data-fuzz=1>gras</b>", "</textarea><script>alert(1)</script>",
        "</title><script>alert(1)</script>", "javascript:alert(1)", "<a href=\"javascript:alert(1)\">lien</a>", "{{7*7}}", "@(1+1)",
    ];

    public static readonly string[] Formulas = ["=CMD()", "=cmd|' /C calc'!A0", "+SUM(1+1)", "-2+3", "@SUM(A1)", "=HYPERLINK(\"http://evil.example\";\"clic\")"];

    public static readonly string[] Numbers =
    [
        "2147483648", "-2147483649", "-1e309", "1e400", "NaN", "Infinity", "-0", "99999999999999999999999999999999", "0x7FFFFFFF",
        "1,5", "1 000", "١٢٣", "", " ", "9223372036854775808", "79228162514264337593543950336", "0,0000000000000000000000000001",
        "-1", "1000000001", "4294967296", "1e10", "12abc",
    ];

    public static readonly string[] Dates =
    [
        "0001-01-01", "9999-12-31", "31/02/2024", "2024-02-30", "2024-13-01", "10000-01-01", "-0001-01-01", "0000-00-00", "hier",
        "2024-02-29T25:61", "1e400", "2147483648", "99/99/9999", "2024-1-1", "01/01/0001", "1900-01-01", "2100-12-31",
    ];

    public static readonly string[] Times = ["25:00", "23:59:60", "-01:00", "12h30", "24:00", "00:00", "9999:99", "1e400", "midi", "2147483648"];

    public static readonly string[] Controls = ["\v", "\u0000", "\u001F", "\uFFFF", "\uD800", "\uDC00", "\u0007", "\u001B[31m", "\u202E", "\u200B", "\uFEFF", "\f", "\u0085", "\u2028"];

    private static readonly string[] Words =
    [
        "Petite enfance", "Parentalité", "Jeunesse", "Comité de pilotage", "Accès aux droits", "Mairie de Sergines", "Léa", "Müller",
        "O'Brien", "Łódź", "日本語", "🙂", "Ÿ", "naïve", "l’Yonne", "« citation »", "a;b,c", "\"guillemet", "tab\tulé", "ligne\nsuivante",
    ];

    public Random Random => random;

    public bool Chance(double probability) => random.NextDouble() < probability;

    public int Next(int maxExclusive) => random.Next(maxExclusive);

    public int Next(int minInclusive, int maxExclusive) => random.Next(minInclusive, maxExclusive);

    public T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];

    public string Word() => Pick(Words);

    /// <summary>A short text mixing words, markup, formulas and control characters.</summary>
    public string Text(int pieces = 4)
    {
        var builder = new StringBuilder();
        var count = random.Next(1, pieces + 1);
        for (var i = 0; i < count; i++)
        {
            builder.Append(random.Next(8) switch
            {
                0 => Pick(Markup),
                1 => Pick(Formulas),
                2 => Pick(Controls),
                3 => RandomChars(random.Next(1, 20)),
                _ => Word(),
            });
            if (random.Next(3) == 0)
            {
                builder.Append(' ');
            }
        }
        return builder.ToString();
    }

    /// <summary>A text far beyond any field's limit (up to 100 000 characters), sometimes with markup inside.</summary>
    public string Huge()
    {
        var length = Pick(new[] { 301, 1_001, 2_001, 4_001, 20_001, 100_000 });
        var unit = Pick(new[] { "a", "é", "🙂", "<b>", "\v", "x;", "\n" });
        var builder = new StringBuilder(length + 40);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }
        if (Chance(0.5))
        {
            builder.Insert(random.Next(builder.Length), Script);
        }
        return builder.ToString();
    }

    /// <summary>Any value a text field may receive: text, markup, formula, number, date, control characters, huge, empty.</summary>
    public string Value() => random.Next(60) switch
    {
        < 9 => Text(),
        < 15 => Pick(Markup),
        < 18 => Pick(Formulas),
        < 24 => string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(Controls))) + Word(),
        < 25 => Huge(),
        < 28 => Pick(Numbers),
        < 31 => Pick(Dates),
        < 34 => "",
        < 38 => RandomChars(random.Next(1, 60)),
        _ => Word(),
    };

    /// <summary>Characters from the whole UTF-16 range, lone surrogates included.</summary>
    public string RandomChars(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(4) == 0 ? (char)random.Next(0, 0x20) : (char)random.Next(0, 0x10000);
        }
        return new string(chars);
    }

    public byte[] Bytes(int maxLength)
    {
        var bytes = new byte[random.Next(1, maxLength)];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>The text in a right or a wrong encoding, as a file would carry it.</summary>
    public (byte[] Content, string Encoding) Encode(string text) => random.Next(8) switch
    {
        0 => (Encoding.Latin1.GetBytes(text), "Latin-1"),
        1 => ([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)], "UTF-16LE avec BOM"),
        2 => (Encoding.Unicode.GetBytes(text), "UTF-16LE sans BOM"),
        3 => ([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)], "UTF-16BE avec BOM"),
        4 => ([0xEF, 0xBB, 0xBF, .. Wtf8(text)], "UTF-8 avec BOM"),
        5 => ([.. Wtf8(text), .. Bytes(64)], "UTF-8 suivi d'octets au hasard"),
        _ => (Wtf8(text), "UTF-8"),
    };

    /// <summary>
    /// UTF-8, except that a lone surrogate is written as its own three bytes instead of being replaced: what a
    /// careless encoder sends, and what the server must decode without failing.
    /// </summary>
    public static byte[] Wtf8(string text)
    {
        if (!HasLoneSurrogate(text))
        {
            return Encoding.UTF8.GetBytes(text);
        }
        var bytes = new List<byte>(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(i, 2)));
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                bytes.Add((byte)(0xE0 | (c >> 12)));
                bytes.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
                bytes.Add((byte)(0x80 | (c & 0x3F)));
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }
        return [.. bytes];
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }
        return false;
    }
}
