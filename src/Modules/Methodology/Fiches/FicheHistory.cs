using System.Globalization;
using Ctg.Modules.Methodology.Domain;

namespace Ctg.Modules.Methodology.Fiches;

/// <summary>One changed field of a fiche, with its French label and its values as a person reads them.</summary>
public sealed record FieldChange(string Field, string? OldValue, string? NewValue);

/// <summary>
/// What the history of a fiche says about an edit: one line per changed field, labelled in French, with
/// values short enough to read (a long text is kept as an excerpt, the whole text being on the fiche).
/// </summary>
public static class FicheHistory
{
    /// <summary>The longest value a history line keeps (the column's size).</summary>
    public const int MaxValueLength = 1000;

    /// <summary>The excerpt kept of a long text (diagnostic, objectives...).</summary>
    public const int ExcerptLength = 200;

    /// <summary>The fields of a fiche as the history names and shows them, in the order of the form.</summary>
    /// <param name="piloteAccount">The display name of the pilote's account, which the fiche stores only as an id.</param>
    public static IReadOnlyList<(string Field, string? Value, bool IsLongText)> Describe(FicheAction fiche, string? piloteAccount) =>
    [
        ("Numéro", fiche.Number, false),
        ("Intitulé", fiche.Title, false),
        ("Thématique", fiche.Theme, false),
        ("Diagnostic", fiche.Diagnostic, true),
        ("Objectif général", fiche.Objective, true),
        ("Objectifs opérationnels", fiche.OperationalObjectives, true),
        ("Modalités de mise en œuvre", fiche.Implementation, true),
        ("Missions", Lines(fiche.Missions.OrderBy(m => m.Position).Select((m, i) =>
            $"{i + 1}. {m.Title}" + (m.ItemList.Count > 0 ? " (" + string.Join(" ; ", m.ItemList) + ")" : ""))), false),
        ("Jalons", Lines(fiche.Jalons.OrderBy(j => j.DueOn).ThenBy(j => j.Title, StringComparer.Ordinal).Select(Jalon)), false),
        ("Public cible", fiche.TargetAudience, true),
        ("Communes", Join(fiche.Communes.Select(c => c.Name).Order(French.Comparer)), false),
        ("Pilote", fiche.Pilote, false),
        ("Compte du pilote", piloteAccount ?? fiche.PiloteUserId, false),
        ("Services mobilisés", fiche.Services, true),
        ("Partenaires", Join(fiche.Partenaires.OrderBy(p => p.Position).Select(p => p.Name)), false),
        ("Élu référent", fiche.EluReferent, false),
        ("Moyens", fiche.Means, true),
        ("Financements", Lines(fiche.Financements.OrderBy(f => f.Funder, French.Comparer).ThenBy(f => f.Year).Select(Financement)), false),
        ("Résultats attendus", fiche.ExpectedResults, true),
        ("Indicateurs d'évaluation", fiche.IndicatorsText, true),
        ("Indicateurs suivis", Join(fiche.Indicateurs.Select(i => i.Name).Order(French.Comparer)), false),
        ("Autres informations", fiche.OtherInformation, true),
        ("Décision attendue", fiche.DecisionAwaited, true),
        ("Statut", fiche.Status.Label(), false),
        ("Avancement", Percent(fiche.Progress), false),
        ("Météo", fiche.Meteo?.Label(), false),
        ("Priorité", fiche.Priority.Label(), false),
        ("Échéance", Date(fiche.Deadline), false),
        ("Dispositif", fiche.DispositifName ?? fiche.DispositifReference, false),
    ];

    /// <summary>The lines an edit writes in the history: the fields whose value differs, shortened.</summary>
    public static IReadOnlyList<FieldChange> Compare(FicheAction before, string? beforeAccount, FicheAction after, string? afterAccount)
    {
        var old = Describe(before, beforeAccount);
        var now = Describe(after, afterAccount);
        var changes = new List<FieldChange>();
        for (var i = 0; i < old.Count; i++)
        {
            if (!string.Equals(old[i].Value ?? "", now[i].Value ?? "", StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(old[i].Field, Shorten(old[i].Value, old[i].IsLongText), Shorten(now[i].Value, now[i].IsLongText)));
            }
        }
        return changes;
    }

    /// <summary>A value as the history keeps it: a long text as an excerpt, anything else up to the column's size.</summary>
    public static string? Shorten(string? value, bool isLongText = false)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        var limit = isLongText ? ExcerptLength : MaxValueLength;
        if (value.Length <= limit)
        {
            return value;
        }
        var cut = value[..(limit - 1)];
        var space = cut.LastIndexOfAny([' ', '\n']);
        if (space > limit / 2)
        {
            cut = cut[..space];
        }
        return cut.TrimEnd() + "…";
    }

    public static string Percent(int progress) => progress.ToString(French.Culture) + " %";

    public static string? Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Jalon(FicheJalon jalon) =>
        $"{jalon.Title} : prévu le {Date(jalon.DueOn)}" + (jalon.DoneOn is { } done ? $", atteint le {Date(done)}" : "");

    public static string Financement(FicheFinancement financement) =>
        $"{financement.Funder} {financement.Year} : prévisionnel {Euros(financement.Planned)}, réel {Euros(financement.Actual)}";

    public static string Euros(decimal? amount) => amount is { } value ? value.ToString("#,0.##", French.Culture) + " €" : "—";

    private static string? Lines(IEnumerable<string> lines) => Join(lines, "\n");

    private static string? Join(IEnumerable<string> values, string separator = ", ")
    {
        var text = string.Join(separator, values);
        return text.Length == 0 ? null : text;
    }
}
