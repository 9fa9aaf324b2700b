using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ctg.Modules.Governance.Figures;

/// <summary>
/// The figures as an Excel workbook: one sheet per table, headers in bold, counts and rates as numbers
/// (rates in percent with one decimal), dates as dates. Texts go through the Sdk's rule for documents: a name
/// stored with a control character (a vertical tab pasted from Word) would make the workbook fail.
/// </summary>
public static class XlsxExport
{
    private const uint Bold = 1;
    private const uint DateStyle = 2;
    private const uint OneDecimal = 3;

    public static byte[] Write(IReadOnlyList<FigureTable> tables)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var table in tables)
            {
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                data.Append(new Row(table.Columns.Select(c => Text(c.Header, Bold))));
                foreach (var row in table.Rows)
                {
                    data.Append(new Row(table.Columns.Select((column, i) => Cell(row[i], column.Kind))));
                }
                worksheetPart.Worksheet = new Worksheet(
                    new Columns(table.Columns.Select((c, i) => new Column
                    {
                        Min = (uint)i + 1, Max = (uint)i + 1, CustomWidth = true,
                        Width = c.Kind == ColumnKind.Text ? 40 : Math.Max(12, Math.Min(30, c.Header.Length + 2)),
                    })),
                    data);
                sheets.Append(new Sheet
                {
                    Id = workbookPart.GetIdOfPart(worksheetPart),
                    SheetId = sheetId++,
                    Name = UniqueName(table.SheetName, names),
                });
            }
            workbookPart.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Cell Cell(object? value, ColumnKind kind) => value switch
    {
        null => new Cell(),
        double rate when kind == ColumnKind.Percent => Number(Math.Round(rate * 100, 1), OneDecimal),
        DateOnly date => Number(date.ToDateTime(TimeOnly.MinValue).ToOADate(), DateStyle),
        int number => Number(number, 0),
        double number => Number(number, 0),
        _ => Text(value.ToString() ?? "", 0),
    };

    private static Cell Number(double value, uint style) => new()
    {
        DataType = CellValues.Number,
        CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture)),
        StyleIndex = style == 0 ? null : style,
    };

    private static Cell Text(string value, uint style) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(UserText.ForDocument(value)) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style == 0 ? null : style,
    };

    private static string UniqueName(string name, HashSet<string> taken)
    {
        var clean = new string(UserText.ForDocument(name, keepLineBreaks: false).Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray());
        clean = clean.Length > 31 ? clean[..31] : clean;
        var candidate = clean;
        for (var i = 2; !taken.Add(candidate); i++)
        {
            var suffix = $" ({i})";
            candidate = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }
        return candidate;
    }

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 4 });
}
