using System.Text;
using Ctg.Modules.Governance.Figures;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Xunit;

namespace Ctg.Modules.Governance.Tests.Figures;

/// <summary>The dashboard's files written from names stored with control characters, before input was cleaned.</summary>
public class ControlCharacterExportTests
{
    private static readonly FigureTable Table = new("Régularité", "Régularité\v", [new("Instance"), new("Séances", ColumnKind.Integer)],
        [["Comité\vde pilotage\u0001\uFFFF", 3], ["\tGAT", 1], ["\r=CMD()", 2], ["\u0001+1", 4], ["\v@SOMME", 5]]);

    [Fact]
    public void The_workbook_is_valid_and_keeps_the_line_break_of_a_vertical_tab()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(XlsxExport.Write([Table])), false);

        Assert.Empty(new OpenXmlValidator().Validate(document));
        var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToList();
        Assert.Contains("Comité\nde pilotage", cells);
        Assert.Equal("Régularité", document.WorkbookPart.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single().Name?.Value?.Trim());
    }

    [Fact]
    public void The_csv_holds_no_control_character_and_defuses_a_formula_behind_a_tab_or_a_line_break()
    {
        var text = Encoding.UTF8.GetString(CsvExport.Write([Table])[3..]);

        Assert.DoesNotContain(text, c => char.IsControl(c) && c is not ('\r' or '\n' or '\t') || c == '\uFFFF');
        Assert.Contains("\"Comité\nde pilotage\";3\r\n", text);
        Assert.Contains("'\tGAT;1\r\n", text);
        Assert.Contains("\"'\n=CMD()\";2\r\n", text);
        Assert.Contains("'+1;4\r\n", text);
        Assert.Contains("\"'\n@SOMME\";5\r\n", text);
    }
}
