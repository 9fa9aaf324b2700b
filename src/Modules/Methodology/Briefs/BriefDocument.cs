using Ctg.Modules.Methodology.Dashboard;
using Ctg.Modules.Methodology.Domain;
using Ctg.Modules.Methodology.Exports;
using Ctg.Modules.Methodology.Fiches;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Document = DocumentFormat.OpenXml.Wordprocessing.Document;

namespace Ctg.Modules.Methodology.Briefs;

/// <summary>
/// The note d'aide à la décision as a Word document, in the order a COPIL reads it: synthesis, what changed
/// since the previous note, overdue items, decisions awaited, indicators, then every fiche of the perimeter.
/// </summary>
public static class BriefDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string ChangesHeading = "Ce qui a changé depuis la note précédente";
    public const string FirstBrief = "Première note sur ce périmètre : aucune note précédente à laquelle la comparer.";

    /// <summary>A4 width minus 2 cm margins, in twentieths of a point.</summary>
    private const int TextWidth = 11906 - 2 * 1134;

    public static string FileName(BriefSheet sheet) => $"note-aide-decision-{sheet.AsOf:yyyy-MM-dd}.docx";

    public static byte[] Write(BriefSheet sheet)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            main.Document = new Document(body);
            document.PackageProperties.Title = XmlText.Safe(sheet.Title);
            document.PackageProperties.Creator = XmlText.Safe(sheet.CreatedBy);
            document.PackageProperties.Language = "fr-FR";

            body.Append(Paragraph("Title", sheet.Title));
            body.Append(Paragraph(null, $"Périmètre : {sheet.PerimeterLabel}"));
            body.Append(Paragraph(null, $"Situation au {sheet.AsOf:dd/MM/yyyy}"));
            body.Append(Paragraph(null, $"Note établie le {TimeZoneInfo.ConvertTime(sheet.CreatedAt, French.TimeZone):dd/MM/yyyy à HH:mm} par {sheet.CreatedBy}"));

            AppendSynthesis(body, sheet);
            AppendChanges(body, sheet);
            AppendOverdue(body, sheet);
            AppendDecisions(body, sheet);
            AppendIndicators(body, sheet);

            body.Append(Paragraph("Heading1", "Fiches actions du périmètre"));
            if (sheet.States.Count == 0)
            {
                body.Append(Paragraph(null, "Le périmètre ne contenait aucune fiche action."));
            }
            else
            {
                body.Append(Grid(
                    [("N°", 900), ("Intitulé", 3800), ("Pilote", 1900), ("Statut", 1200), ("Avancement", 1000), ("Échéance", 838)],
                    sheet.States.Select(s => new[]
                    {
                        s.Number, s.Title, sheet.Pilotes.GetValueOrDefault(s.FicheId) ?? "—", s.Status.Label(), $"{s.Progress}\u00A0%",
                        s.Deadline?.ToString("dd/MM/yyyy") ?? "—",
                    })));
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
        }
        return stream.ToArray();
    }

    /// <summary>"Fiche 3 – Créer un relais petite enfance".</summary>
    public static string FicheLabel(BriefFicheState state) => $"Fiche {state.Number} – {state.Title}";

    public static string StatusLine(StatusChange change) =>
        $"{FicheLabel(change.After)} : {change.Before.Status.Label()} → {change.After.Status.Label()}";

    public static string ProgressLine(ProgressChange change) =>
        $"{FicheLabel(change.After)} : {change.Before.Progress}\u00A0% → {change.After.Progress}\u00A0% ({(change.Delta > 0 ? "+" : "−")}{Math.Abs(change.Delta)} points)";

    public static string HistoryLineText(FicheHistorySummary history) =>
        $"Fiche {history.Number} – {history.Title} : {history.Changes} modification(s) ({string.Join(", ", history.Fields)}) par {string.Join(", ", history.Authors)}";

    private static void AppendSynthesis(Body body, BriefSheet sheet)
    {
        body.Append(Paragraph("Heading1", "Synthèse"));
        var progress = FicheFigures.Mean(sheet.States.Select(s => s.Progress));
        body.Append(Paragraph(null, $"{sheet.States.Count} fiche(s) action ; avancement moyen : {FigureFormat.Progress(progress)}."));
        body.Append(Paragraph("Heading2", "Fiches par statut"));
        body.Append(Grid([("Statut", 4800), ("Fiches", 2400), ("Part", 2438)],
            FicheFigures.StatusShares(sheet.States.Select(s => s.Status))
                .Select(s => new[] { s.Status.Label(), s.Count.ToString(French.Culture), FigureFormat.Percent(s.Share) })));
        body.Append(Paragraph("Heading2", "Météo"));
        body.Append(Grid([("Météo", 4800), ("Fiches", 2400), ("Part", 2438)],
            FicheFigures.MeteoShares(sheet.States.Select(s => s.Meteo))
                .Select(m => new[] { m.Label, m.Count.ToString(French.Culture), FigureFormat.Percent(m.Share) })));
    }

    private static void AppendChanges(Body body, BriefSheet sheet)
    {
        if (sheet.Changes is not { } changes || sheet.PreviousAsOf is not { } previous)
        {
            body.Append(Paragraph("Heading1", ChangesHeading));
            body.Append(Paragraph(null, FirstBrief));
            return;
        }
        body.Append(Paragraph("Heading1", $"{ChangesHeading} du {previous:dd/MM/yyyy}"));
        if (changes.IsEmpty)
        {
            body.Append(Paragraph(null, "Aucun changement depuis la note précédente."));
            return;
        }
        AppendList(body, "Changements de statut", changes.StatusChanges.Select(StatusLine));
        AppendList(body, "Évolution de l'avancement", changes.ProgressChanges.Select(ProgressLine));
        AppendList(body, "Fiches entrées dans le périmètre", changes.NewFiches.Select(s => $"{FicheLabel(s)} ({s.Status.Label()}, {s.Progress}\u00A0%)"));
        AppendList(body, "Fiches sorties du périmètre", changes.LeftFiches.Select(FicheLabel));
        AppendList(body, "Modifications enregistrées sur les fiches", changes.Histories.Select(HistoryLineText));
    }

    private static void AppendOverdue(Body body, BriefSheet sheet)
    {
        body.Append(Paragraph("Heading1", $"Échéances dépassées au {sheet.AsOf:dd/MM/yyyy}"));
        var overdue = sheet.Overdue;
        if (overdue.Fiches.Count == 0 && overdue.Jalons.Count == 0)
        {
            body.Append(Paragraph(null, "Aucune échéance ni aucun jalon dépassé à cette date."));
            return;
        }
        AppendList(body, "Fiches dont l'échéance est dépassée",
            overdue.Fiches.Select(s => $"{FicheLabel(s)} : échéance du {s.Deadline:dd/MM/yyyy} ({s.Status.Label()}, {s.Progress}\u00A0%)"));
        AppendList(body, "Jalons dépassés",
            overdue.Jalons.Select(o => $"{FicheLabel(o.Fiche)} : jalon « {o.Jalon.Title} » prévu le {o.Jalon.DueOn:dd/MM/yyyy}"
                + (o.Jalon.DoneOn is { } done ? $", atteint le {done:dd/MM/yyyy}" : "")));
    }

    private static void AppendDecisions(Body body, BriefSheet sheet)
    {
        body.Append(Paragraph("Heading1", "Décisions attendues"));
        if (sheet.Decisions.Count == 0)
        {
            body.Append(Paragraph(null, "Aucune décision attendue n'est signalée sur les fiches du périmètre."));
            return;
        }
        foreach (var decision in sheet.Decisions)
        {
            body.Append(Paragraph("Heading2", $"Fiche {decision.Number} – {decision.Title}"));
            if (decision.Pilote is not null)
            {
                body.Append(Paragraph(null, $"Pilote : {decision.Pilote}"));
            }
            foreach (var block in TextLayout.Parse(decision.Text))
            {
                if (block.Kind == TextBlockKind.Paragraph)
                {
                    body.Append(Paragraph(null, block.Lines[0]));
                    continue;
                }
                var number = 0;
                foreach (var line in block.Lines)
                {
                    body.Append(ListParagraph(block.Kind == TextBlockKind.Numbered ? $"{++number}." : "•", line));
                }
            }
        }
    }

    private static void AppendIndicators(Body body, BriefSheet sheet)
    {
        body.Append(Paragraph("Heading1", "Indicateurs"));
        if (sheet.Indicators.Unavailable is { } unavailable)
        {
            body.Append(Paragraph(null, unavailable));
            return;
        }
        if (sheet.Indicators.Rows.Count == 0)
        {
            body.Append(Paragraph(null, "Aucun indicateur du module Évaluation n'est rattaché aux fiches de ce périmètre."));
            return;
        }
        body.Append(Grid([("Indicateur", 3400), ("Valeur", 1600), ("Période", 1400), ("Cible", 1400), ("Fiches", 1838)],
            sheet.Indicators.Rows.Select(r => new[] { r.Name, r.Display, r.Period ?? "—", r.Target ?? "—", string.Join(", ", r.FicheNumbers) })));
    }

    private static void AppendList(Body body, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }
        body.Append(Paragraph("Heading2", $"{title} ({list.Count})"));
        foreach (var line in list)
        {
            body.Append(ListParagraph("•", line));
        }
    }

    private static Paragraph Paragraph(string? style, string text, bool bold = false)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }
        paragraph.Append(Run(text, bold));
        return paragraph;
    }

    private static Paragraph ListParagraph(string marker, string text) =>
        new(new ParagraphProperties(new Indentation { Left = "567", Hanging = "283" }), Run(marker + "\t"), Run(text));

    private static Run Run(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }
        run.Append(new Text(XmlText.Safe(text, keepLineBreaks: true)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>A bordered table whose first row repeats on each page; widths in twentieths of a point.</summary>
    private static Table Grid(IReadOnlyList<(string Header, int Width)> columns, IEnumerable<string[]> rows)
    {
        static TableCell Cell(string text, int width, bool bold) => new(
            new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
            Paragraph(null, text, bold));

        var table = new Table(
            new TableProperties(
                new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4U },
                    new LeftBorder { Val = BorderValues.Single, Size = 4U },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U },
                    new RightBorder { Val = BorderValues.Single, Size = 4U },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(columns.Select(c => new GridColumn { Width = c.Width.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(columns.Select(c => Cell(c.Header, c.Width, true)));
        table.Append(header);
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select((text, i) => Cell(text, columns[i].Width, false))));
        }
        return table;
    }

    private static Styles Styles()
    {
        static Style Heading(string id, string name, string size) => new(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }),
            new StyleRunProperties(new Bold(), new FontSize { Val = size }))
        { Type = StyleValues.Paragraph, StyleId = id };

        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" },
                    new FontSize { Val = "22" },
                    new Languages { Val = "fr-FR" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading("Title", "Title", "36"),
            Heading("Heading1", "heading 1", "28"),
            Heading("Heading2", "heading 2", "24"));
    }
}
