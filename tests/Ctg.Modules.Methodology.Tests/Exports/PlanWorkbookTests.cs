using Ctg.Modules.Methodology.Domain;
using Ctg.Modules.Methodology.Exports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Xunit;

namespace Ctg.Modules.Methodology.Tests.Exports;

public class PlanWorkbookTests
{
    private static PlanRow Row(string number, IReadOnlyList<string> path, DateOnly? deadline, FicheStatus status = FicheStatus.EnCours) =>
        new(path, number, $"Fiche {number}", "Parentalité", "Anne Martin", status, 40, Meteo.Favorable, Priority.Haute, deadline, 1, 3, 1500.5m, null,
            new DateTimeOffset(2026, 2, 10, 9, 30, 0, TimeSpan.Zero));

    private static byte[] Sample() => PlanWorkbook.Write(
        ["Axe", "Enjeu"],
        [
            Row("2.1", ["Axe 2 — Parentalité", "Enjeu 2.1 — Jeunes parents"], new DateOnly(2025, 12, 31)),
            Row("2.2", ["Axe 2 — Parentalité"], new DateOnly(2026, 6, 30)),
            Row("17", [], null, FicheStatus.Realisee),
        ],
        new DateOnly(2026, 3, 1));

    [Fact]
    public void The_workbook_is_valid_with_a_row_per_fiche_a_frozen_header_and_an_autofilter()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Sample()), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(4, rows.Count);
        var headers = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["Axe", "Enjeu", "N°", "Intitulé"], headers.Take(4));
        Assert.Contains("Échéance", headers);
        Assert.Contains("En retard", headers);
        Assert.Contains("Dernière mise à jour", headers);
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.Equal($"A1:{PlanWorkbook.ColumnName(headers.Count - 1)}4", sheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
        Assert.All(sheet.GetFirstChild<Columns>()!.Elements<Column>(), c => Assert.True(c.Width!.Value >= 11));
    }

    [Fact]
    public void Echeances_are_real_date_cells_and_late_fiches_are_flagged()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Sample()), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        var headers = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
        Cell CellOf(Row row, string header) => row.Elements<Cell>().ElementAt(headers.IndexOf(header));

        var deadline = CellOf(rows[1], "Échéance");
        Assert.Equal(CellValues.Number, deadline.DataType!.Value);
        Assert.Equal(new DateTime(2025, 12, 31), DateTime.FromOADate(double.Parse(deadline.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        var format = document.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)deadline.StyleIndex!.Value);
        Assert.Equal("dd/mm/yyyy", document.WorkbookPart.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Single(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value);
        Assert.Equal("Oui", CellOf(rows[1], "En retard").InnerText);
        Assert.Equal("Non", CellOf(rows[2], "En retard").InnerText);
        Assert.Equal("Non", CellOf(rows[3], "En retard").InnerText);
        Assert.Equal("Enjeu 2.1 — Jeunes parents", CellOf(rows[1], "Enjeu").InnerText);
        Assert.Equal("", CellOf(rows[2], "Enjeu").InnerText);
        Assert.Equal("0.4", CellOf(rows[1], "Avancement").CellValue!.Text);
        Assert.Equal("1500.5", CellOf(rows[1], "Financement prévisionnel").CellValue!.Text);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    public void Columns_are_named_as_in_excel(int index, string name) => Assert.Equal(name, PlanWorkbook.ColumnName(index));
}
