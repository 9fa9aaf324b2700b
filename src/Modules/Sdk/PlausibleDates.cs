using System.Globalization;

namespace Ctg.Sdk;

/// <summary>
/// The dates a form of the platform accepts: those a séance, a decision, an échéance, a jalon or a plan could
/// have, within a hundred years of today either way (a founding decision, an old membership; a long-term
/// échéance, up to the 2100 that some forms of Methodology allow). Outside that, 0001-01-01 or 9999-12-31, the
/// date is a slip, refused with this one message next to the field; the host applies it to every date a form
/// sends, in every module. A form may ask for less (a stricter range of its own), never for more.
/// </summary>
public static class PlausibleDates
{
    public const int YearsBack = 100;
    public const int YearsAhead = 100;

    public static DateOnly First(DateOnly today) => new(today.Year - YearsBack, 1, 1);

    public static DateOnly Last(DateOnly today) => new(today.Year + YearsAhead, 12, 31);

    public static bool Contains(DateOnly date, DateOnly today) => date >= First(today) && date <= Last(today);

    /// <summary>Null for a plausible date; otherwise what to tell the person, in French.</summary>
    public static string? Check(DateOnly date, DateOnly today) =>
        Contains(date, today) ? null : Message(today);

    public static string Message(DateOnly today) =>
        $"Indiquez une date entre le {First(today).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} et le {Last(today).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}.";
}
