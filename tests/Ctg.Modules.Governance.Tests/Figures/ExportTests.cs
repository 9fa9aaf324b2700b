using System.Text;
using Ctg.Modules.Governance.Domain;
using Ctg.Modules.Governance.Figures;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xunit;
using static Ctg.Modules.Governance.Tests.Figures.TerritoryExample;

namespace Ctg.Modules.Governance.Tests.Figures;

public class ExportTests
{
    private static IReadOnlyList<FigureTable> Tables()
    {
        var figures = new DashboardFigures(
            FiguresPeriod.AllYears(2024, 2026), Today, [2025, 2024], 2, 4,
            RegularityCalculator.Compute(Instances, Counts, 2024, 2026, Today),
            ParticipationCalculator.Compute(AllSeances, Instances, AllAttendance),
            DecisionCalculator.Compute(2, [new(FollowUpStatus.Faite, new(2025, 10, 1), new(2025, 9, 1)), new(FollowUpStatus.AFaire, new(2025, 11, 1), null)], Today));
        return FigureTables.From(figures);
    }

    [Fact]
    public void The_csv_has_a_byte_order_mark_semicolons_and_decimal_commas()
    {
        var bytes = CsvExport.Write(Tables());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("Régularité des instances (toutes les années (2024-2026))", lines[0]);
        Assert.Equal("Instance;Année;Séances attendues;Séances tenues;Séances planifiées;Régularité", lines[1]);
        Assert.Contains("GAT Petite enfance;2025;3;2;1;En retard", lines);
        Assert.Contains("10/03/2025;COPIL de la CTG;4;3;75,0", lines);
        Assert.Contains("15/09/2025;GAT Petite enfance;5;2;40,0", lines);
        Assert.Contains("CAF de l'Yonne;CAF;3;1;33,3", lines);
        Assert.Contains("Commune du territoire;6;4;66,7", lines);
        Assert.Contains("Type d'organisation;2024;2025", lines);
        Assert.Contains("Commune du territoire;100,0;60,0", lines);
        Assert.Contains("Association;;50,0", lines);
        Assert.Contains("Décisions prises;2", lines);
    }

    [Fact]
    public void A_csv_field_with_a_separator_or_a_formula_is_quoted_or_defused()
    {
        var table = new FigureTable("Essai", "Essai", [new("Nom"), new("Taux", ColumnKind.Percent)],
            [["Saint-Julien; Sens", 0.5], ["=SOMME(A1)", null]]);
        var text = Encoding.UTF8.GetString(CsvExport.Write([table])[3..]);
        Assert.Contains("\"Saint-Julien; Sens\";50,0\r\n", text);
        Assert.Contains("'=SOMME(A1);\r\n", text);
    }

    [Fact]
    public void The_xlsx_has_one_sheet_per_table_bold_headers_and_numbers_as_numbers()
    {
        var tables = Tables();
        using var stream = new MemoryStream(XlsxExport.Write(tables));
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(tables.Select(t => t.SheetName), sheets.Select(s => s.Name!.Value));

        var perSeance = Rows(workbook, sheets.Single(s => s.Name == "Par séance"));
        Assert.Equal(["Date", "Instance", "Membres convoqués", "Présents ou représentés", "Taux de participation (%)"], perSeance[0].Select(c => c.Text));
        var boldFonts = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        Assert.All(perSeance[0], c => Assert.NotNull(workbook.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)boldFonts[(int)c.Style].FontId!.Value).Bold));

        // S2 (most recent first): a date, a name, and numbers.
        var s2 = perSeance[1];
        Assert.Equal(new DateTime(2025, 9, 15), DateTime.FromOADate(double.Parse(s2[0].Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("GAT Petite enfance", s2[1].Text);
        Assert.Equal([(true, "5"), (true, "2"), (true, "40")], s2.Skip(2).Select(c => (c.IsNumber, c.Text)));

        var perType = Rows(workbook, sheets.Single(s => s.Name == "Par type"));
        Assert.Contains(perType, r => r[0].Text == "Commune du territoire" && r[3].Text == "66.7" && r[3].IsNumber);
    }

    private sealed record CellText(string Text, bool IsNumber, uint Style);

    private static List<List<CellText>> Rows(WorkbookPart workbook, Sheet sheet)
    {
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(r => r.Elements<Cell>().Select(c => new CellText(
                c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "",
                c.DataType?.Value == CellValues.Number,
                c.StyleIndex?.Value ?? 0)).ToList())
            .ToList();
    }
}
