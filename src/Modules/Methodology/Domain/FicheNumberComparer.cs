namespace Ctg.Modules.Methodology.Domain;

/// <summary>Orders "2" before "10" and "2.3" before "2.10", as a plan is read.</summary>
public sealed class FicheNumberComparer : IComparer<string>
{
    public static readonly FicheNumberComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        var left = (x ?? "").Split('.', '-', ' ');
        var right = (y ?? "").Split('.', '-', ' ');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var order = int.TryParse(left[i], out var a) && int.TryParse(right[i], out var b)
                ? a.CompareTo(b)
                : string.Compare(left[i], right[i], StringComparison.OrdinalIgnoreCase);
            if (order != 0)
            {
                return order;
            }
        }
        return left.Length.CompareTo(right.Length);
    }
}
