using System.Text;
using Microsoft.AspNetCore.Http;

namespace Ctg.Modules.Methodology.Import;

/// <summary>The text an import will read, or the French reason why there is none.</summary>
public sealed record ImportText(string? Text, string? Error)
{
    /// <summary>The uploaded file's name without its path, or null for a pasted text.</summary>
    public string? FileName { get; init; }

    public static ImportText Ok(string text) => new(text, null);

    public static ImportText Refused(string message) => new(null, message);
}

/// <summary>
/// What every import checks before parsing, pasted or uploaded: not empty, not binary, not huge, a format it
/// can read. Accepts plain text (UTF-8, or Windows-1252 as Notepad and old Word exports write it) and .docx;
/// refuses .doc, .pdf, .odt with a message that says what to do instead.
/// </summary>
public static class ImportGuard
{
    public const int MaxTextChars = 1_000_000;
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public const string Empty = "Le texte est vide : collez le texte de la fiche ou choisissez un fichier .txt ou .docx.";
    public const string Binary =
        "Ce fichier n'est pas un texte lisible (fichier binaire, image ou document protégé ?). Choisissez un fichier .docx ou .txt, ou copiez-collez le texte du document.";
    public const string TooLongText =
        "Le texte dépasse 1 000 000 caractères, la limite d'un import : une fiche action ou un plan tient en bien moins. Vérifiez que vous avez collé ou choisi le bon document.";
    public const string TooLargeFile =
        "Le fichier dépasse 10 Mo : l'import est limité à 10 Mo. Enregistrez le document sans ses images, ou copiez-collez son texte.";
    public const string NotDocx =
        "Ce fichier n'est pas un document Word (.docx) valide : ouvrez-le dans Word ou LibreOffice et enregistrez-le au format .docx, ou copiez-collez son texte.";
    public const string OldWord =
        "Les documents .doc (Word 97-2003) ne sont pas lus : ouvrez-le dans Word ou LibreOffice et enregistrez-le au format .docx, ou copiez-collez son texte.";
    public const string Pdf =
        "Les fichiers PDF ne sont pas lus : copiez-collez le texte du PDF, ou enregistrez le document d'origine au format .docx.";
    public const string OtherFormat =
        "Ce format n'est pas lu : choisissez un fichier .docx ou .txt (dans Word ou LibreOffice, « Enregistrer sous » au format .docx), ou copiez-collez le texte.";

    public const string DocxTooDeep =
        "Ce document Word imbrique plus de 100 éléments les uns dans les autres (tableaux, contrôles de contenu…) : il n'est pas lu. Enregistrez-le à nouveau depuis Word ou LibreOffice, ou copiez-collez son texte.";
    public const string DocxTooLarge =
        "Ce document Word dépasse 20 Mo une fois décompressé, la limite d'un import : il n'est pas lu. Enregistrez le document sans ses images, ou copiez-collez son texte.";
    public const string DocxTooManyParts =
        "Ce document Word contient plus de 2 000 fichiers internes, la limite d'un import : il n'est pas lu. Enregistrez-le à nouveau depuis Word ou LibreOffice, ou copiez-collez son texte.";
    public const string DocxTooSlow =
        "La lecture de ce document Word a dépassé 5 secondes, la limite d'un import : il n'est pas lu. Copiez-collez son texte.";
    public const string DocxNoText = "Ce document Word ne contient aucun texte : il n'y a rien à importer.";

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// What an import form sent: the uploaded file when there is one (refused unread over
    /// <see cref="MaxFileBytes"/>), else the pasted text.
    /// </summary>
    public static async Task<ImportText> ReadAsync(IFormFile? upload, string? pasted, CancellationToken cancellationToken)
    {
        if (upload is not { Length: > 0 })
        {
            return CheckText(pasted);
        }
        ImportText read;
        if (upload.Length > MaxFileBytes)
        {
            read = ImportText.Refused(TooLargeFile);
        }
        else
        {
            // The form's file is already buffered (on disk past 64 KB): a .docx is read from there as it unzips,
            // never copied whole into memory.
            await using var stream = upload.OpenReadStream();
            read = ReadFile(upload.FileName, stream, cancellationToken);
        }
        return read with { FileName = Path.GetFileName(upload.FileName) };
    }

    /// <summary>Checks a pasted text (or a decoded file).</summary>
    public static ImportText CheckText(string? text)
    {
        text ??= "";
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return ImportText.Refused(Empty);
        }
        if (text.Length > MaxTextChars)
        {
            return ImportText.Refused(TooLongText);
        }
        var controls = 0;
        foreach (var c in text)
        {
            if (c is '\0' or '\uFFFD')
            {
                return ImportText.Refused(Binary);
            }
            if (char.IsControl(c) && c is not ('\r' or '\n' or '\t' or '\f' or '\v'))
            {
                controls++;
            }
        }
        // A stray control character slips into real documents; a binary file is full of them.
        return controls > 0 && controls * 100 >= text.Length ? ImportText.Refused(Binary) : ImportText.Ok(text);
    }

    /// <summary>Reads an uploaded file by its name and its content (a .docx is recognised by its content too).</summary>
    public static ImportText ReadFile(string? fileName, byte[] bytes, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return ReadFile(fileName, stream, cancellationToken);
    }

    /// <summary>Reads an uploaded file from a seekable stream, by its name and its content.</summary>
    public static ImportText ReadFile(string? fileName, Stream content, CancellationToken cancellationToken = default)
    {
        var length = content.Length;
        if (length > MaxFileBytes)
        {
            return ImportText.Refused(TooLargeFile);
        }
        if (length == 0)
        {
            return ImportText.Refused(Empty);
        }
        var head = new byte[(int)Math.Min(8, length)];
        content.ReadExactly(head);
        content.Position = 0;
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        var start = head.AsSpan();
        var zip = start.StartsWith("PK\u0003\u0004"u8);
        if (start.StartsWith("%PDF"u8) || extension == ".pdf")
        {
            return ImportText.Refused(Pdf);
        }
        if (start.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]) || extension is ".doc" or ".dot")
        {
            return ImportText.Refused(OldWord);
        }
        if (extension is ".docx" or ".docm" or ".dotx")
        {
            if (!zip)
            {
                return ImportText.Refused(NotDocx);
            }
            return ReadDocx(content, cancellationToken);
        }
        if (extension is ".odt" or ".rtf" or ".xlsx" or ".xls" or ".pptx" or ".ods")
        {
            return ImportText.Refused(OtherFormat);
        }
        if (zip)
        {
            // A .docx renamed, or sent without its extension: read it as Word would. A zip that is no document
            // is a binary file; a document refused for its size or nesting says so.
            var docx = ReadDocx(content, cancellationToken);
            return docx.Error is null or not (NotDocx or DocxNoText) ? docx : ImportText.Refused(Binary);
        }
        if (length > 4L * MaxTextChars + 3)
        {
            // Past four bytes a character (and a BOM), the text cannot fit the limit: refused undecoded.
            return ImportText.Refused(TooLongText);
        }
        var bytes = new byte[length];
        content.ReadExactly(bytes);
        return CheckText(Decode(bytes));
    }

    private static ImportText ReadDocx(Stream content, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = DocxText.Extract(content, cancellationToken);
        }
        catch (DocxRefusedException refused)
        {
            return ImportText.Refused(refused.Message);
        }
        catch (Exception exception) when (DocxText.IsUnreadable(exception))
        {
            return ImportText.Refused(NotDocx);
        }
        return string.IsNullOrWhiteSpace(text) ? ImportText.Refused(DocxNoText) : CheckText(text);
    }

    /// <summary>UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Every byte means something in Windows-1252: a text saved by Notepad or Word on a French PC.
            // Its zero and control bytes are kept, so that CheckText still recognises a binary file.
            return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(bytes);
        }
    }
}
