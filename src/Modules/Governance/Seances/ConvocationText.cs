using System.Text;

namespace Ctg.Modules.Governance.Seances;

/// <summary>The convocation as a ready-to-send e-mail: a subject and a body in French.</summary>
public static class ConvocationText
{
    /// <summary>"COPIL de la CTG – séance du 12/03/2026".</summary>
    public static string Title(SeanceSheet seance) => $"{seance.InstanceName} – séance du {seance.DateLabel}";

    public static string Subject(SeanceSheet seance) => $"Convocation : {Title(seance)}";

    public static string Body(SeanceSheet seance)
    {
        var text = new StringBuilder();
        text.AppendLine("Madame, Monsieur,");
        text.AppendLine();
        var when = seance.TimeLabel.Length == 0 ? $"le {seance.LongDateLabel}" : $"le {seance.LongDateLabel}, {seance.TimeLabel}";
        text.AppendLine($"Vous êtes convié(e) à la séance de l'instance « {seance.InstanceName} » qui se tiendra {when}.");
        if (!string.IsNullOrWhiteSpace(seance.Place))
        {
            text.AppendLine($"Lieu : {seance.Place}");
        }
        if (!string.IsNullOrWhiteSpace(seance.VideoLink))
        {
            text.AppendLine($"Lien de visioconférence : {seance.VideoLink}");
        }
        text.AppendLine();
        text.AppendLine(AgendaBlock(seance));
        text.AppendLine();
        text.AppendLine("En cas d'empêchement, merci de nous prévenir et, le cas échéant, d'indiquer la personne qui vous représentera.");
        text.AppendLine();
        text.AppendLine("Bien cordialement,");
        return text.ToString().TrimEnd();
    }

    /// <summary>"Ordre du jour :" then one numbered line per item, with presenter and duration.</summary>
    public static string AgendaBlock(SeanceSheet seance)
    {
        if (seance.Agenda.Count == 0)
        {
            return "Ordre du jour : à venir.";
        }
        var text = new StringBuilder("Ordre du jour :");
        var number = 0;
        foreach (var item in seance.Agenda.OrderBy(a => a.Position))
        {
            text.AppendLine();
            text.Append($"{++number}. {ItemLine(item)}");
        }
        return text.ToString();
    }

    /// <summary>"Bilan annuel (présenté par Anne Martin, 30 min) – fiche 3.2 – Relais petite enfance".</summary>
    public static string ItemLine(AgendaLine item)
    {
        var details = new List<string>();
        if (!string.IsNullOrWhiteSpace(item.Presenter))
        {
            details.Add($"présenté par {item.Presenter}");
        }
        if (item.DurationMinutes is > 0)
        {
            details.Add(Duration(item.DurationMinutes.Value));
        }
        var line = item.Title + (details.Count > 0 ? $" ({string.Join(", ", details)})" : "");
        return item.FicheLabel is null ? line : $"{line} – fiche action {item.FicheLabel}";
    }

    public static string Duration(int minutes) => minutes < 60
        ? $"{minutes} min"
        : minutes % 60 == 0 ? $"{minutes / 60} h" : $"{minutes / 60} h {minutes % 60:00}";
}
