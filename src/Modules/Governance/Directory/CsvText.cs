using System.Text;

namespace Ctg.Modules.Governance.Directory;

/// <summary>A text to import, or why it cannot be read.</summary>
public sealed record DecodedText(string? Text, string? Error)
{
    public static DecodedText Ok(string text) => new(text, null);
    public static DecodedText Refused(string error) => new(null, error);
}

/// <summary>
/// Turns what a person uploads or pastes into text, as spreadsheets really write it: UTF-8 with or without
/// BOM (LibreOffice, Excel "CSV UTF-8"), Windows-1252 (Excel's plain "CSV"), UTF-16 with BOM ("texte
/// Unicode"). Refuses, with a French message, what is empty, binary or too large to check on one screen.
/// </summary>
public static class CsvText
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxLines = 5_000;

    public const string TooLarge =
        "Le fichier dépasse 2 Mo : l'import est limité à 2 Mo et 5 000 personnes à la fois ; découpez-le en plusieurs fichiers.";

    public const string Empty = "Le fichier est vide : il n'y a rien à importer.";

    public const string Binary =
        "Ce contenu n'est pas un fichier CSV lisible (fichier binaire, classeur Excel ou image ?). Dans votre tableur, choisissez « Enregistrer sous » au format CSV, puis recommencez.";

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes an uploaded file.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return DecodedText.Refused(TooLarge);
        }
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = Utf8OrWindows1252(bytes[3..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            // No text encoding of French writes a zero byte; UTF-16 without BOM is not worth guessing.
            if (bytes.IndexOf((byte)0) >= 0)
            {
                return DecodedText.Refused(Binary);
            }
            text = Utf8OrWindows1252(bytes);
        }
        return Check(text);
    }

    /// <summary>Checks a pasted text (or a decoded file): not empty, not binary, not too large.</summary>
    public static DecodedText Check(string? text)
    {
        text ??= "";
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return DecodedText.Refused(Empty);
        }
        if (text.Length > MaxBytes || Encoding.UTF8.GetByteCount(text) > MaxBytes)
        {
            return DecodedText.Refused(TooLarge);
        }
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0' || c == '\uFFFD')
            {
                return DecodedText.Refused(Binary);
            }
            if (char.IsControl(c) && c is not ('\r' or '\n' or '\t'))
            {
                controls++;
            }
        }
        // A stray control character can slip into a real export; a binary file is full of them.
        if (controls > 0 && controls * 100 >= text.Length)
        {
            return DecodedText.Refused(Binary);
        }
        return DecodedText.Ok(text);
    }

    private static string Utf8OrWindows1252(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Every byte means something in Windows-1252: Excel's "CSV (séparateur : point-virgule)" on a French PC.
            return System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(bytes);
        }
    }
}
