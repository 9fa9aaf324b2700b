using System.Globalization;
using System.Text;

namespace Ctg.Modules.Governance.Figures;

/// <summary>
/// The figures as a CSV file that Excel opens as is in France: ";" between fields, UTF-8 with its byte order
/// mark, decimal comma, dates dd/MM/yyyy. The tables follow one another, each under its title line, with a
/// blank line between them. Written by hand: quoting a field is all this needs.
/// </summary>
public static class CsvExport
{
    public const char Separator = ';';

    public static byte[] Write(IReadOnlyList<FigureTable> tables)
    {
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            if (text.Length > 0)
            {
                text.Append("\r\n");
            }
            Line(text, [Field(table.Title)]);
            Line(text, table.Columns.Select(c => Field(c.Header)));
            foreach (var row in table.Rows)
            {
                Line(text, table.Columns.Select((column, i) => column.Kind == ColumnKind.Text ? Field(row[i]?.ToString() ?? "") : Format(row[i], column.Kind)));
            }
        }
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    public static string Format(object? value, ColumnKind kind) => value switch
    {
        null => "",
        double rate when kind == ColumnKind.Percent => (rate * 100).ToString("0.0", French.Culture),
        DateOnly date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("0.###", French.Culture),
        _ => Field(value.ToString() ?? ""),
    };

    private static void Line(StringBuilder text, IEnumerable<string> fields) =>
        text.AppendJoin(Separator, fields).Append("\r\n");

    /// <summary>
    /// Quotes a text when needed; a text that a spreadsheet would take for a formula (also after a leading tab
    /// or line break, which Excel skips) is defused; what no file can hold is left out.
    /// </summary>
    private static string Field(string value)
    {
        // Line breaks of every origin are line feeds from here on: a leading carriage return is caught as one.
        value = UserText.ForDocument(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\n')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([Separator, '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
