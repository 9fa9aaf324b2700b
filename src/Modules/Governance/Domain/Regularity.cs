namespace Ctg.Modules.Governance.Domain;

/// <summary>
/// Whether an instance keeps its expected rhythm in a year: the séances held so far, plus those still
/// planned, cover the expected number. An instance with no expected rhythm is always "à jour".
/// </summary>
public sealed record Regularity(bool UpToDate, string Label)
{
    public static Regularity Of(int expectedPerYear, int held, int planned, DateOnly today)
    {
        if (expectedPerYear <= 0)
        {
            return new Regularity(true, "Sans rythme fixé");
        }
        // Expected by today, pro rata of the elapsed year, rounded down: a COPIL expected once a year is
        // not late before 31 December.
        var daysInYear = DateTime.IsLeapYear(today.Year) ? 366 : 365;
        var expectedByNow = (int)Math.Floor(expectedPerYear * today.DayOfYear / (double)daysInYear);
        if (held + planned < expectedPerYear && held < expectedByNow)
        {
            return new Regularity(false, "En retard");
        }
        return new Regularity(true, "À jour");
    }
}
