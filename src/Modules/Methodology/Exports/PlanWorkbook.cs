using System.Globalization;
using Ctg.Modules.Methodology.Domain;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ctg.Modules.Methodology.Exports;

/// <summary>One fiche of the plan as a row of the workbook.</summary>
/// <param name="Path">Labels of the nodes from the top level down to the fiche's node ("Axe 1 — …", "Enjeu 1.2 — …").</param>
public sealed record PlanRow(
    IReadOnlyList<string> Path, string Number, string Title, string? Theme, string? Pilote, FicheStatus Status, int Progress,
    Meteo? Meteo, Priority Priority, DateOnly? Deadline, int JalonsDone, int JalonsTotal, decimal? Planned, decimal? Actual,
    DateTimeOffset UpdatedAt)
{
    public bool IsLate(DateOnly today) => Status.IsLate(Deadline, today);
}

/// <summary>
/// The plan as an Excel workbook: one row per fiche with its main fields, one column per level of the plan,
/// dates as real date cells, the header row frozen, an autofilter and column widths set.
/// </summary>
public static class PlanWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string SheetName = "Plan d'actions";

    private const uint Header = 1;
    private const uint DateStyle = 2;
    private const uint PercentStyle = 3;
    private const uint EuroStyle = 4;
    private const uint DateTimeStyle = 5;
    private const uint Wrapped = 6;

    private enum Kind { Text, LongText, Date, Percent, Number, Euro, DateTime }

    public static byte[] Write(IReadOnlyList<string> levels, IReadOnlyList<PlanRow> rows, DateOnly today)
    {
        var columns = levels.Select(l => (l, Kind.LongText))
            .Concat([
                ("N°", Kind.Text), ("Intitulé", Kind.LongText), ("Thématique", Kind.Text), ("Pilote", Kind.Text), ("Statut", Kind.Text),
                ("Avancement", Kind.Percent), ("Météo", Kind.Text), ("Priorité", Kind.Text), ("Échéance", Kind.Date), ("En retard", Kind.Text),
                ("Jalons atteints", Kind.Number), ("Jalons", Kind.Number), ("Financement prévisionnel", Kind.Euro), ("Financement réel", Kind.Euro),
                ("Dernière mise à jour", Kind.DateTime),
            ])
            .ToList();

        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();

            var data = new SheetData();
            data.Append(new Row(columns.Select((c, i) => Text(c.Item1, Header, i, 1))) { RowIndex = 1U });
            uint r = 1;
            foreach (var row in rows)
            {
                r++;
                var cells = new List<Cell>();
                for (var level = 0; level < levels.Count; level++)
                {
                    cells.Add(level < row.Path.Count ? Text(row.Path[level], Wrapped, level, r) : Empty(level, r));
                }
                var i = levels.Count;
                cells.Add(Text(row.Number, 0, i++, r));
                cells.Add(Text(row.Title, Wrapped, i++, r));
                cells.Add(row.Theme is null ? Empty(i++, r) : Text(row.Theme, 0, i++, r));
                cells.Add(row.Pilote is null ? Empty(i++, r) : Text(row.Pilote, 0, i++, r));
                cells.Add(Text(row.Status.Label(), 0, i++, r));
                cells.Add(Number(row.Progress / 100.0, PercentStyle, i++, r));
                cells.Add(row.Meteo is { } meteo ? Text(meteo.Label(), 0, i++, r) : Empty(i++, r));
                cells.Add(Text(row.Priority.Label(), 0, i++, r));
                cells.Add(row.Deadline is { } deadline ? Number(deadline.ToDateTime(TimeOnly.MinValue).ToOADate(), DateStyle, i++, r) : Empty(i++, r));
                cells.Add(Text(row.IsLate(today) ? "Oui" : "Non", 0, i++, r));
                cells.Add(Number(row.JalonsDone, 0, i++, r));
                cells.Add(Number(row.JalonsTotal, 0, i++, r));
                cells.Add(row.Planned is { } planned ? Number((double)planned, EuroStyle, i++, r) : Empty(i++, r));
                cells.Add(row.Actual is { } actual ? Number((double)actual, EuroStyle, i++, r) : Empty(i++, r));
                var updated = TimeZoneInfo.ConvertTime(row.UpdatedAt, Sdk.French.TimeZone).DateTime;
                cells.Add(Number(updated.ToOADate(), DateTimeStyle, i, r));
                data.Append(new Row(cells) { RowIndex = r });
            }

            var lastColumn = ColumnName(columns.Count - 1);
            var range = $"A1:{lastColumn}{Math.Max(r, 1)}";
            worksheetPart.Worksheet = new Worksheet(
                // Printed or turned into PDF: landscape A4, every column on the page's width, header row repeated.
                new SheetProperties(new PageSetupProperties { FitToPage = true }),
                new SheetViews(new SheetView(
                    new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                    new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
                { WorkbookViewId = 0U, TabSelected = true }),
                new SheetFormatProperties { DefaultRowHeight = 15D },
                new Columns(columns.Select((c, i) => new Column
                {
                    Min = (uint)i + 1, Max = (uint)i + 1, CustomWidth = true,
                    Width = c.Item2 switch
                    {
                        Kind.LongText => 45,
                        Kind.Text => Math.Max(12, Math.Min(24, c.Item1.Length + 4)),
                        Kind.Date or Kind.DateTime => 17,
                        Kind.Euro => 16,
                        _ => Math.Max(11, Math.Min(18, c.Item1.Length + 3)),
                    },
                })),
                data,
                new AutoFilter { Reference = range },
                new PageMargins { Left = 0.4D, Right = 0.4D, Top = 0.5D, Bottom = 0.5D, Header = 0.3D, Footer = 0.3D },
                new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U });

            workbookPart.Workbook = new Workbook(
                new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1U, Name = SheetName }),
                new DefinedNames(
                    new DefinedName { Name = "_xlnm._FilterDatabase", LocalSheetId = 0U, Hidden = true, Text = $"'{SheetName}'!$A$1:${lastColumn}${Math.Max(r, 1)}" },
                    new DefinedName { Name = "_xlnm.Print_Titles", LocalSheetId = 0U, Text = $"'{SheetName}'!$1:$1" }));
            workbookPart.Workbook.Save();
            document.PackageProperties.Title = SheetName;
            document.PackageProperties.Language = "fr-FR";
        }
        return stream.ToArray();
    }

    /// <summary>"A", "B"… "Z", "AA"… for a zero-based column index.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }
        return name;
    }

    private static string Reference(int column, uint row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    private static Cell Empty(int column, uint row) => new() { CellReference = Reference(column, row) };

    private static Cell Number(double value, uint style, int column, uint row) => new()
    {
        CellReference = Reference(column, row),
        DataType = CellValues.Number,
        CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture)),
        StyleIndex = style == 0 ? null : style,
    };

    private static Cell Text(string value, uint style, int column, uint row) => new()
    {
        CellReference = Reference(column, row),
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(UserText.ForDocument(value)) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style == 0 ? null : style,
    };

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "#,##0.00\\ \"€\"" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "dd/mm/yyyy hh:mm" }) { Count = 3 },
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD5DFEC" }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true }) { FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 9, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 166, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true }) { Count = 7 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}
