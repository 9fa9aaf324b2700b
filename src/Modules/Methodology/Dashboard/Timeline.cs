using Ctg.Modules.Methodology.Domain;

namespace Ctg.Modules.Methodology.Dashboard;

/// <summary>What the échéancier needs of a fiche.</summary>
public sealed record TimelineFiche(Guid Id, string Number, string Title, FicheStatus Status, DateOnly? Deadline);

public enum TimelineKind
{
    Echeance,
    Jalon,
}

public enum TimelineState
{
    /// <summary>Jalon done, or fiche réalisée.</summary>
    Tenu,
    /// <summary>Date passed and not done, on a fiche still open.</summary>
    Manque,
    /// <summary>Date to come, not done yet.</summary>
    AVenir,
    /// <summary>The fiche is closed (abandonnée, or réalisée with a jalon left unticked): nothing is awaited.</summary>
    SansObjet,
}

public sealed record TimelineEntry(DateOnly Date, TimelineKind Kind, string Title, TimelineFiche Fiche, TimelineState State, DateOnly? DoneOn)
{
    public string KindLabel => Kind == TimelineKind.Echeance ? "Échéance" : "Jalon";

    public string StateLabel => State switch
    {
        TimelineState.Tenu => DoneOn is { } done ? $"Tenu le {done:dd/MM/yyyy}" : "Tenu (fiche réalisée)",
        TimelineState.Manque => "Manqué",
        TimelineState.AVenir => "À venir",
        _ => Fiche.Status == FicheStatus.Abandonnee ? "Sans objet (fiche abandonnée)" : "Sans objet (fiche réalisée)",
    };
}

/// <param name="IsPast">The whole month is before the current one.</param>
public sealed record TimelineMonth(int Year, int Month, bool IsPast, IReadOnlyList<TimelineEntry> Entries)
{
    public string Label => French.Culture.TextInfo.ToTitleCase(new DateOnly(Year, Month, 1).ToString("MMMM yyyy", French.Culture));

    public int Missed => Entries.Count(e => e.State == TimelineState.Manque);

    public int Kept => Entries.Count(e => e.State == TimelineState.Tenu);
}

/// <summary>
/// The échéancier of a set of fiches: their échéances and jalons grouped by month, oldest first, each marked
/// kept, missed, to come or without object. Pure.
/// </summary>
public static class Timeline
{
    public static IReadOnlyList<TimelineMonth> Build(IReadOnlyList<TimelineFiche> fiches, IReadOnlyList<JalonRow> jalons, DateOnly today)
    {
        var entries = new List<TimelineEntry>();
        var byId = fiches.ToDictionary(f => f.Id);
        foreach (var fiche in fiches.Where(f => f.Deadline is not null))
        {
            var state = fiche.Status switch
            {
                FicheStatus.Realisee => TimelineState.Tenu,
                FicheStatus.Abandonnee => TimelineState.SansObjet,
                _ when fiche.Deadline < today => TimelineState.Manque,
                _ => TimelineState.AVenir,
            };
            entries.Add(new TimelineEntry(fiche.Deadline!.Value, TimelineKind.Echeance, fiche.Title, fiche, state, null));
        }
        foreach (var jalon in jalons)
        {
            if (!byId.TryGetValue(jalon.FicheId, out var fiche))
            {
                continue;
            }
            var state = jalon.DoneOn is not null ? TimelineState.Tenu
                : fiche.Status.IsClosed() ? TimelineState.SansObjet
                : jalon.DueOn < today ? TimelineState.Manque
                : TimelineState.AVenir;
            entries.Add(new TimelineEntry(jalon.DueOn, TimelineKind.Jalon, jalon.Title, fiche, state, jalon.DoneOn));
        }
        var current = today.Year * 12 + today.Month;
        return entries
            .GroupBy(e => (e.Date.Year, e.Date.Month))
            .OrderBy(g => g.Key)
            .Select(g => new TimelineMonth(g.Key.Year, g.Key.Month, g.Key.Year * 12 + g.Key.Month < current,
                g.OrderBy(e => e.Date).ThenBy(e => e.Fiche.Number, FicheNumberComparer.Instance).ThenBy(e => e.Kind).ThenBy(e => e.Title, French.Comparer).ToList()))
            .ToList();
    }
}
