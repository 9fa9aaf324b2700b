using System.Text;
using System.Xml;
using Ctg.Modules.Methodology.Fiches;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ctg.Modules.Methodology.Exports;

/// <summary>
/// Writes fiches into a Word document the way real fiches are laid out: "Fiche Action 17" as heading 1, the
/// intitulé as heading 2, the sections in capitals as heading 3, the missions as a numbered heading 4 list
/// with their sub-items as bullets. Lists are real Word lists (a numbering part), each list being its own
/// instance so that numbering restarts at 1. The body is streamed as WordprocessingML with an XmlWriter
/// rather than built as an object tree: a 400-fiche plan is written in a fraction of a second. The decision
/// brief (Briefs/BriefDocument) writes through it too, so that styles and lists live here only; every text
/// goes through the Sdk's <see cref="UserText.ForDocument"/>, which leaves out what XML cannot hold.
/// </summary>
internal sealed class WordWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const int BulletList = 1;
    private const int DecimalList = 2;
    private const int MissionList = 3;

    private readonly MemoryStream _xml = new();
    private readonly XmlWriter _w;
    private readonly List<int> _lists = [];
    private readonly DateOnly _today;

    public WordWriter(DateOnly today)
    {
        _today = today;
        _w = XmlWriter.Create(_xml, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
        _w.WriteStartDocument(true);
        _w.WriteStartElement("w", "document", W);
        _w.WriteStartElement("w", "body", W);
    }

    /// <summary>The title of the document, above its first heading.</summary>
    public void Title(string text) => Paragraph("Title", false, null, (text, false, false));

    public void Heading(int level, string text, bool pageBreakBefore = false) =>
        Paragraph($"Heading{level}", pageBreakBefore, null, (text, false, false));

    public void Paragraph(string text, bool italic = false) => Paragraph("BodyText", false, null, (text, false, italic));

    /// <summary>"Pilote : Anne Martin", the label in bold.</summary>
    public void Label(string label, string value) => Paragraph("BodyText", false, null, (label + " : ", true, false), (value, false, false));

    /// <summary>A long text of a fiche: paragraphs, bullets and numbered lists as <see cref="TextLayout"/> reads them.</summary>
    public void Text(string? text)
    {
        foreach (var block in TextLayout.Parse(text))
        {
            switch (block.Kind)
            {
                case TextBlockKind.Bullets:
                    Items(block.Lines, BulletList);
                    break;
                case TextBlockKind.Numbered:
                    Items(block.Lines, DecimalList);
                    break;
                default:
                    Paragraph(block.Lines[0]);
                    break;
            }
        }
    }

    public void Bullets(IEnumerable<string> items) => Items(items, BulletList);

    public void Fiche(FicheSheet fiche, bool pageBreakBefore)
    {
        Heading(1, fiche.Heading, pageBreakBefore);
        Heading(2, fiche.Title);
        Paragraph(FicheOutline.Summary(fiche) + (fiche.IsLate(_today) ? " — En retard" : ""), italic: true);
        foreach (var section in FicheOutline.Sections(fiche))
        {
            Heading(3, section.Heading);
            foreach (var part in section.Parts)
            {
                Part(part);
            }
        }
    }

    public void Table(IReadOnlyList<string> headers, IReadOnlyList<int> widths, IEnumerable<IReadOnlyList<string>> rows)
    {
        StartTable(widths);
        HeaderRow(headers, widths);
        foreach (var row in rows)
        {
            Row(row, widths);
        }
        _w.WriteEndElement();
    }

    /// <summary>A table whose rows are grouped under full-width, shaded rows (the axes of a plan).</summary>
    public void GroupedTable(IReadOnlyList<string> headers, IReadOnlyList<int> widths, IEnumerable<(string Group, IReadOnlyList<IReadOnlyList<string>> Rows)> groups)
    {
        StartTable(widths);
        HeaderRow(headers, widths);
        foreach (var (group, rows) in groups)
        {
            _w.WriteStartElement("w", "tr", W);
            _w.WriteStartElement("w", "trPr", W);
            Empty("cantSplit");
            _w.WriteEndElement();
            Cell(group, widths.Sum(), widths.Count, "E7EEF7", bold: true);
            _w.WriteEndElement();
            foreach (var row in rows)
            {
                Row(row, widths);
            }
        }
        _w.WriteEndElement();
    }

    /// <summary>Saves the body with its styles and lists as a .docx.</summary>
    public byte[] Save(string title, string creator = "Plateforme CTG")
    {
        _w.WriteStartElement("w", "sectPr", W);
        Empty("pgSz", ("w", "11906"), ("h", "16838"));
        Empty("pgMar", ("top", "1134"), ("right", "1134"), ("bottom", "1134"), ("left", "1134"), ("header", "567"), ("footer", "567"), ("gutter", "0"));
        _w.WriteEndElement();
        _w.WriteEndElement();
        _w.WriteEndElement();
        _w.WriteEndDocument();
        _w.Flush();
        _xml.Position = 0;

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.FeedData(_xml);
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
            document.PackageProperties.Title = UserText.ForDocument(title, keepLineBreaks: false);
            document.PackageProperties.Language = "fr-FR";
            document.PackageProperties.Creator = UserText.ForDocument(creator, keepLineBreaks: false);
        }
        return stream.ToArray();
    }

    private void Part(FichePart part)
    {
        switch (part)
        {
            case TextPart text:
                Text(text.Text);
                break;
            case LabelPart label:
                Label(label.Label, label.Value);
                break;
            case ItemsPart items:
                Bullets(items.Items);
                break;
            case MissionsPart missions:
                var list = NewList(MissionList);
                foreach (var mission in missions.Missions)
                {
                    Paragraph("Heading4", false, list, (mission.Title, false, false));
                    Items(mission.Items, BulletList);
                }
                break;
            case JalonsPart jalons:
                Table(["Jalon", "Échéance", "Atteint le"], [5638, 2000, 2000],
                    jalons.Jalons.Select(j => (IReadOnlyList<string>)[
                        j.Title,
                        j.DueOn.ToString("dd/MM/yyyy") + (j.DoneOn is null && j.DueOn < _today ? " (en retard)" : ""),
                        j.DoneOn?.ToString("dd/MM/yyyy") ?? "—",
                    ]));
                break;
            case FinancementsPart financements:
                var rows = financements.Financements
                    .Select(f => (IReadOnlyList<string>)[f.Funder, f.Year.ToString(), FicheOutline.Amount(f.Planned), FicheOutline.Amount(f.Actual)])
                    .Append(["Total", "", FicheOutline.Amount(financements.PlannedTotal), FicheOutline.Amount(financements.ActualTotal)]);
                Table(["Financeur", "Année", "Prévisionnel", "Réel"], [4238, 1400, 2000, 2000], rows);
                break;
        }
    }

    private void Items(IEnumerable<string> items, int abstractList)
    {
        int? list = null;
        foreach (var item in items.Where(i => !string.IsNullOrWhiteSpace(i)))
        {
            list ??= NewList(abstractList);
            Paragraph("Compact", false, list, (item, false, false));
        }
    }

    /// <summary>A new instance of a list, so that each list starts again at 1.</summary>
    private int NewList(int abstractList)
    {
        _lists.Add(abstractList);
        return _lists.Count;
    }

    private void Paragraph(string style, bool pageBreakBefore, int? list, params (string Text, bool Bold, bool Italic)[] runs)
    {
        _w.WriteStartElement("w", "p", W);
        _w.WriteStartElement("w", "pPr", W);
        Empty("pStyle", ("val", style));
        if (pageBreakBefore)
        {
            Empty("pageBreakBefore");
        }
        if (list is { } numId)
        {
            _w.WriteStartElement("w", "numPr", W);
            Empty("ilvl", ("val", "0"));
            Empty("numId", ("val", numId.ToString()));
            _w.WriteEndElement();
        }
        _w.WriteEndElement();
        foreach (var (text, bold, italic) in runs)
        {
            Run(text, bold, italic);
        }
        _w.WriteEndElement();
    }

    private void Run(string text, bool bold, bool italic)
    {
        _w.WriteStartElement("w", "r", W);
        if (bold || italic)
        {
            _w.WriteStartElement("w", "rPr", W);
            if (bold)
            {
                Empty("b");
            }
            if (italic)
            {
                Empty("i");
            }
            _w.WriteEndElement();
        }
        _w.WriteStartElement("w", "t", W);
        _w.WriteAttributeString("xml", "space", null, "preserve");
        _w.WriteString(UserText.ForDocument(text, keepLineBreaks: false));
        _w.WriteEndElement();
        _w.WriteEndElement();
    }

    private void Empty(string name, params (string Name, string Value)[] attributes)
    {
        _w.WriteStartElement("w", name, W);
        foreach (var (attribute, value) in attributes)
        {
            _w.WriteAttributeString("w", attribute, W, value);
        }
        _w.WriteEndElement();
    }

    private void StartTable(IReadOnlyList<int> widths)
    {
        _w.WriteStartElement("w", "tbl", W);
        _w.WriteStartElement("w", "tblPr", W);
        Empty("tblW", ("w", widths.Sum().ToString()), ("type", "dxa"));
        _w.WriteStartElement("w", "tblBorders", W);
        foreach (var side in new[] { "top", "left", "bottom", "right", "insideH", "insideV" })
        {
            Empty(side, ("val", "single"), ("sz", "4"), ("space", "0"), ("color", "8A99AD"));
        }
        _w.WriteEndElement();
        Empty("tblLayout", ("type", "fixed"));
        Empty("tblLook", ("val", "04A0"));
        _w.WriteEndElement();
        _w.WriteStartElement("w", "tblGrid", W);
        foreach (var width in widths)
        {
            Empty("gridCol", ("w", width.ToString()));
        }
        _w.WriteEndElement();
    }

    private void HeaderRow(IReadOnlyList<string> headers, IReadOnlyList<int> widths)
    {
        _w.WriteStartElement("w", "tr", W);
        _w.WriteStartElement("w", "trPr", W);
        Empty("cantSplit");
        Empty("tblHeader");
        _w.WriteEndElement();
        for (var i = 0; i < headers.Count; i++)
        {
            Cell(headers[i], widths[i], 1, "D5DFEC", bold: true);
        }
        _w.WriteEndElement();
    }

    private void Row(IReadOnlyList<string> cells, IReadOnlyList<int> widths)
    {
        _w.WriteStartElement("w", "tr", W);
        _w.WriteStartElement("w", "trPr", W);
        Empty("cantSplit");
        _w.WriteEndElement();
        for (var i = 0; i < widths.Count; i++)
        {
            Cell(i < cells.Count ? cells[i] : "", widths[i], 1, null, bold: false);
        }
        _w.WriteEndElement();
    }

    private void Cell(string text, int width, int span, string? fill, bool bold)
    {
        _w.WriteStartElement("w", "tc", W);
        _w.WriteStartElement("w", "tcPr", W);
        Empty("tcW", ("w", width.ToString()), ("type", "dxa"));
        if (span > 1)
        {
            Empty("gridSpan", ("val", span.ToString()));
        }
        if (fill is not null)
        {
            Empty("shd", ("val", "clear"), ("color", "auto"), ("fill", fill));
        }
        _w.WriteEndElement();
        Paragraph("TableText", false, null, (text, bold, false));
        _w.WriteEndElement();
    }

    private Numbering Numbering()
    {
        static Level Level(int index, NumberFormatValues format, string text, int left, string? style = null)
        {
            var level = new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format });
            if (style is not null)
            {
                level.Append(new ParagraphStyleIdInLevel { Val = style });
            }
            level.Append(
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = left.ToString(), Hanging = "357" }));
            level.LevelIndex = index;
            return level;
        }

        var numbering = new Numbering(
            new AbstractNum(
                new MultiLevelType { Val = MultiLevelValues.HybridMultilevel },
                Level(0, NumberFormatValues.Bullet, "•", 720),
                Level(1, NumberFormatValues.Bullet, "◦", 1440)) { AbstractNumberId = BulletList },
            new AbstractNum(
                new MultiLevelType { Val = MultiLevelValues.HybridMultilevel },
                Level(0, NumberFormatValues.Decimal, "%1.", 720),
                Level(1, NumberFormatValues.LowerLetter, "%2)", 1440)) { AbstractNumberId = DecimalList },
            new AbstractNum(
                new MultiLevelType { Val = MultiLevelValues.SingleLevel },
                Level(0, NumberFormatValues.Decimal, "%1.", 357, "Heading4")) { AbstractNumberId = MissionList });
        numbering.Append(_lists.Select((abstractList, i) => new NumberingInstance(
            new AbstractNumId { Val = abstractList },
            new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
        { NumberID = i + 1 }));
        return numbering;
    }

    private static Styles Styles()
    {
        static Style Heading(string id, string name, string size, string color, int outline, string before) => new(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "BodyText" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = before, After = "120" }, new OutlineLevel { Val = outline }),
            new StyleRunProperties(new Bold(), new Color { Val = color }, new FontSize { Val = size }))
        { Type = StyleValues.Paragraph, StyleId = id };

        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                    new FontSize { Val = "22" },
                    new Languages { Val = "fr-FR" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "BodyText" }, new PrimaryStyle(),
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "0", After = "240" }),
                new StyleRunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = "40" }))
            { Type = StyleValues.Paragraph, StyleId = "Title" },
            Heading("Heading1", "heading 1", "36", "1F3864", 0, "0"),
            Heading("Heading2", "heading 2", "28", "2F5496", 1, "120"),
            Heading("Heading3", "heading 3", "24", "2F5496", 2, "280"),
            Heading("Heading4", "heading 4", "22", "1F3864", 3, "160"),
            new Style(new StyleName { Val = "Body Text" }, new BasedOn { Val = "Normal" }, new PrimaryStyle())
            { Type = StyleValues.Paragraph, StyleId = "BodyText" },
            new Style(
                new StyleName { Val = "Compact" }, new BasedOn { Val = "BodyText" },
                new StyleParagraphProperties(new SpacingBetweenLines { Before = "0", After = "40" }))
            { Type = StyleValues.Paragraph, StyleId = "Compact", CustomStyle = true },
            new Style(
                new StyleName { Val = "Table Text" }, new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new SpacingBetweenLines { Before = "20", After = "20" }),
                new StyleRunProperties(new FontSize { Val = "20" }))
            { Type = StyleValues.Paragraph, StyleId = "TableText", CustomStyle = true });
    }
}
