using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Ctg.Modules.Governance.Directory;

/// <summary>
/// The rules the directory's forms and its CSV import share, so that a person typed in a form and a person
/// read from a file are checked the same way.
/// </summary>
public static partial class DirectoryRules
{
    /// <summary>One "@", something before it, a domain with a dot after it, no spaces.</summary>
    public const string EmailPattern = @"^[^@\s;,<>""]+@[^@\s;,<>""]+\.[^@\s;,<>"".]{2,}$";

    /// <summary>At least six digits with the usual separators: "03 86 00 00 00", "+33 3 86 00 00 00", "03.86.00.00.00".</summary>
    public const string PhonePattern = @"^(?=(?:\D*\d){6})\+?[0-9][0-9 .\-()/]{3,38}$";

    public const string EmailMessage = "Cette adresse électronique n'est pas valide (exemple : prenom.nom@commune.fr).";
    public const string PhoneMessage = "Ce numéro de téléphone n'est pas valide (exemple : 03 86 00 00 00).";


    public static bool IsEmail(string text) => EmailRegex().IsMatch(text);

    public static bool IsPhone(string text) => PhoneRegex().IsMatch(text);

    /// <summary>How an e-mail is compared: case and surrounding spaces do not make two addresses.</summary>
    public static string EmailKey(string email) => email.Trim().ToLowerInvariant();

    /// <summary>
    /// How organisation names are compared: "CAF de l’Yonne", "caf de l'yonne" and "CAF  DE L'YONNE" are one
    /// organisation; accents lost by a spreadsheet export do not make another one.
    /// </summary>
    public static string NameKey(string name)
    {
        var builder = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Trim().Replace('’', '\'').Replace('‘', '\'').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }
            space = false;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>Trims and collapses runs of spaces: what is stored for a name typed or imported.</summary>
    public static string Clean(string? text) => SpacesRegex().Replace(text ?? "", " ").Trim();

    /// <summary>Null for an empty value, the cleaned text otherwise.</summary>
    public static string? CleanOrNull(string? text) => Clean(text) is { Length: > 0 } clean ? clean : null;

    /// <summary>"petite enfance ;parentalité;; " becomes "petite enfance; parentalité" (interests are separated by ";").</summary>
    public static string? CleanInterests(string? text)
    {
        var interests = (text ?? "").Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Clean)
            .Where(i => i.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return interests.Count == 0 ? null : string.Join("; ", interests);
    }

    [GeneratedRegex(EmailPattern)]
    private static partial Regex EmailRegex();

    [GeneratedRegex(PhonePattern)]
    private static partial Regex PhoneRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacesRegex();
}
