using Ctg.Modules.Methodology.Dashboard;
using Ctg.Modules.Methodology.Domain;
using Ctg.Modules.Methodology.Exports;

namespace Ctg.Modules.Methodology.Briefs;

/// <summary>
/// The note d'aide à la décision as a Word document, in the order a COPIL reads it: synthesis, what changed
/// since the previous note, overdue items, decisions awaited, indicators, then every fiche of the perimeter.
/// </summary>
public static class BriefDocument
{
    public const string ContentType = WordWriter.ContentType;

    public const string ChangesHeading = "Ce qui a changé depuis la note précédente";
    public const string FirstBrief = "Première note sur ce périmètre : aucune note précédente à laquelle la comparer.";

    public static string FileName(BriefSheet sheet) => $"note-aide-decision-{sheet.AsOf:yyyy-MM-dd}.docx";

    public static byte[] Write(BriefSheet sheet)
    {
        var writer = new WordWriter(sheet.AsOf);
        writer.Title(sheet.Title);
        writer.Label("Périmètre", sheet.PerimeterLabel);
        writer.Paragraph($"Situation au {sheet.AsOf:dd/MM/yyyy}");
        writer.Paragraph($"Note établie le {TimeZoneInfo.ConvertTime(sheet.CreatedAt, French.TimeZone):dd/MM/yyyy à HH:mm} par {sheet.CreatedBy}");

        WriteSynthesis(writer, sheet);
        WriteChanges(writer, sheet);
        WriteOverdue(writer, sheet);
        WriteDecisions(writer, sheet);
        WriteIndicators(writer, sheet);

        writer.Heading(1, "Fiches actions du périmètre");
        if (sheet.States.Count == 0)
        {
            writer.Paragraph("Le périmètre ne contenait aucune fiche action.");
        }
        else
        {
            writer.Table(["N°", "Intitulé", "Pilote", "Statut", "Avancement", "Échéance"], [900, 3800, 1900, 1200, 1000, 838],
                sheet.States.Select(s => (IReadOnlyList<string>)
                [
                    s.Number, s.Title, sheet.Pilotes.GetValueOrDefault(s.FicheId) ?? "—", s.Status.Label(), $"{s.Progress}\u00A0%",
                    s.Deadline?.ToString("dd/MM/yyyy") ?? "—",
                ]));
        }
        return writer.Save(sheet.Title, creator: sheet.CreatedBy);
    }

    /// <summary>"Fiche 3 – Créer un relais petite enfance".</summary>
    public static string FicheLabel(BriefFicheState state) => $"Fiche {state.Number} – {state.Title}";

    public static string StatusLine(StatusChange change) =>
        $"{FicheLabel(change.After)} : {change.Before.Status.Label()} → {change.After.Status.Label()}";

    public static string ProgressLine(ProgressChange change) =>
        $"{FicheLabel(change.After)} : {change.Before.Progress}\u00A0% → {change.After.Progress}\u00A0% ({(change.Delta > 0 ? "+" : "−")}{Math.Abs(change.Delta)} points)";

    public static string HistoryLineText(FicheHistorySummary history) =>
        $"Fiche {history.Number} – {history.Title} : {history.Changes} modification(s) ({string.Join(", ", history.Fields)}) par {string.Join(", ", history.Authors)}";

    private static void WriteSynthesis(WordWriter writer, BriefSheet sheet)
    {
        writer.Heading(1, "Synthèse");
        var progress = FicheFigures.Mean(sheet.States.Select(s => s.Progress));
        writer.Paragraph($"{sheet.States.Count} fiche(s) action ; avancement moyen : {FigureFormat.Progress(progress)}.");
        writer.Heading(2, "Fiches par statut");
        writer.Table(["Statut", "Fiches", "Part"], [4800, 2400, 2438],
            FicheFigures.StatusShares(sheet.States.Select(s => s.Status))
                .Select(s => (IReadOnlyList<string>)[s.Status.Label(), s.Count.ToString(French.Culture), FigureFormat.Percent(s.Share)]));
        writer.Heading(2, "Météo");
        writer.Table(["Météo", "Fiches", "Part"], [4800, 2400, 2438],
            FicheFigures.MeteoShares(sheet.States.Select(s => s.Meteo))
                .Select(m => (IReadOnlyList<string>)[m.Label, m.Count.ToString(French.Culture), FigureFormat.Percent(m.Share)]));
    }

    private static void WriteChanges(WordWriter writer, BriefSheet sheet)
    {
        if (sheet.Changes is not { } changes || sheet.PreviousAsOf is not { } previous)
        {
            writer.Heading(1, ChangesHeading);
            writer.Paragraph(FirstBrief);
            return;
        }
        writer.Heading(1, $"{ChangesHeading} du {previous:dd/MM/yyyy}");
        if (changes.IsEmpty)
        {
            writer.Paragraph("Aucun changement depuis la note précédente.");
            return;
        }
        WriteList(writer, "Changements de statut", changes.StatusChanges.Select(StatusLine));
        WriteList(writer, "Évolution de l'avancement", changes.ProgressChanges.Select(ProgressLine));
        WriteList(writer, "Fiches entrées dans le périmètre", changes.NewFiches.Select(s => $"{FicheLabel(s)} ({s.Status.Label()}, {s.Progress}\u00A0%)"));
        WriteList(writer, "Fiches sorties du périmètre", changes.LeftFiches.Select(FicheLabel));
        WriteList(writer, "Modifications enregistrées sur les fiches", changes.Histories.Select(HistoryLineText));
    }

    private static void WriteOverdue(WordWriter writer, BriefSheet sheet)
    {
        writer.Heading(1, $"Échéances dépassées au {sheet.AsOf:dd/MM/yyyy}");
        var overdue = sheet.Overdue;
        if (overdue.Fiches.Count == 0 && overdue.Jalons.Count == 0)
        {
            writer.Paragraph("Aucune échéance ni aucun jalon dépassé à cette date.");
            return;
        }
        WriteList(writer, "Fiches dont l'échéance est dépassée",
            overdue.Fiches.Select(s => $"{FicheLabel(s)} : échéance du {s.Deadline:dd/MM/yyyy} ({s.Status.Label()}, {s.Progress}\u00A0%)"));
        WriteList(writer, "Jalons dépassés",
            overdue.Jalons.Select(o => $"{FicheLabel(o.Fiche)} : jalon « {o.Jalon.Title} » prévu le {o.Jalon.DueOn:dd/MM/yyyy}"
                + (o.Jalon.DoneOn is { } done ? $", atteint le {done:dd/MM/yyyy}" : "")));
    }

    private static void WriteDecisions(WordWriter writer, BriefSheet sheet)
    {
        writer.Heading(1, "Décisions attendues");
        if (sheet.Decisions.Count == 0)
        {
            writer.Paragraph("Aucune décision attendue n'est signalée sur les fiches du périmètre.");
            return;
        }
        foreach (var decision in sheet.Decisions)
        {
            writer.Heading(2, $"Fiche {decision.Number} – {decision.Title}");
            if (decision.Pilote is not null)
            {
                writer.Label("Pilote", decision.Pilote);
            }
            writer.Text(decision.Text);
        }
    }

    private static void WriteIndicators(WordWriter writer, BriefSheet sheet)
    {
        writer.Heading(1, "Indicateurs");
        if (sheet.Indicators.Unavailable is { } unavailable)
        {
            writer.Paragraph(unavailable);
            return;
        }
        if (sheet.Indicators.Rows.Count == 0)
        {
            writer.Paragraph("Aucun indicateur du module Évaluation n'est rattaché aux fiches de ce périmètre.");
            return;
        }
        writer.Table(["Indicateur", "Valeur", "Période", "Cible", "Fiches"], [3400, 1600, 1400, 1400, 1838],
            sheet.Indicators.Rows.Select(r => (IReadOnlyList<string>)[r.Name, r.Display, r.Period ?? "—", r.Target ?? "—", string.Join(", ", r.FicheNumbers)]));
    }

    private static void WriteList(WordWriter writer, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }
        writer.Heading(2, $"{title} ({list.Count})");
        writer.Bullets(list);
    }
}
