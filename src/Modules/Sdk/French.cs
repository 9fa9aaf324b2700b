using System.Globalization;

namespace Ctg.Sdk;

/// <summary>The platform speaks French: one culture, one way to sort names, one time zone, for every module.</summary>
public static class French
{
    /// <summary>fr-FR: dates dd/MM/yyyy, numbers 1 234,5.</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Sorts "Évry" with the E's, case ignored.</summary>
    public static readonly StringComparer Comparer = StringComparer.Create(Culture, CompareOptions.IgnoreCase);

    /// <summary>Europe/Paris (UTC where the system has no time zone data).</summary>
    public static readonly TimeZoneInfo TimeZone = FindParis();

    private static TimeZoneInfo FindParis()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
