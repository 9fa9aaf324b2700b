using AngleSharp.Dom;
using Document = DocumentFormat.OpenXml.Wordprocessing.Document;
using AngleSharp.Html.Parser;
using Ctg.Modules.Governance.Domain;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ctg.Modules.Governance.Seances;

/// <summary>
/// The compte rendu of a séance as a Word document: header, attendance lists, ordre du jour, the minutes
/// (converted from their sanitised HTML into Word paragraphs) and the relevé de décisions.
/// </summary>
public static class MinutesDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string ConfidentialSentence = "Le compte rendu de cette instance est confidentiel : il n'est lisible que par ses membres et par la coordination.";

    public static byte[] Write(SeanceSheet seance)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            main.Document = new Document(body);
            document.PackageProperties.Title = UserText.ForDocument($"Compte rendu – {ConvocationText.Title(seance)}", keepLineBreaks: false);
            document.PackageProperties.Language = "fr-FR";

            body.Append(Paragraph("Title", $"Compte rendu – {seance.InstanceName}"));
            body.Append(Paragraph(null, $"Séance du {seance.LongDateLabel}{(seance.TimeLabel.Length > 0 ? ", " + seance.TimeLabel : "")}"));
            if (!string.IsNullOrWhiteSpace(seance.Place))
            {
                body.Append(Paragraph(null, $"Lieu : {seance.Place}"));
            }
            if (!string.IsNullOrWhiteSpace(seance.VideoLink))
            {
                body.Append(Paragraph(null, $"Visioconférence : {seance.VideoLink}"));
            }
            body.Append(Paragraph(null, $"Compte rendu : {seance.MinutesStatus.Label()}"));

            body.Append(Paragraph("Heading1", "Participants"));
            AppendAttendance(body, seance);

            body.Append(Paragraph("Heading1", "Ordre du jour"));
            if (seance.Agenda.Count == 0)
            {
                body.Append(Paragraph(null, "Aucun point inscrit."));
            }
            var number = 0;
            foreach (var item in seance.Agenda.OrderBy(a => a.Position))
            {
                body.Append(ListParagraph($"{++number}.", [Text(ConvocationText.ItemLine(item))]));
            }

            body.Append(Paragraph("Heading1", "Compte rendu"));
            if (seance.MinutesHidden)
            {
                body.Append(Paragraph(null, ConfidentialSentence));
            }
            else if (string.IsNullOrWhiteSpace(seance.MinutesHtml))
            {
                body.Append(Paragraph(null, "Le compte rendu n'est pas encore rédigé."));
            }
            else
            {
                body.Append(HtmlToWord.Convert(seance.MinutesHtml).ToArray());
            }

            body.Append(Paragraph("Heading1", "Relevé de décisions"));
            if (seance.Decisions.Count == 0)
            {
                body.Append(Paragraph(null, "Aucune décision enregistrée."));
            }
            foreach (var decision in seance.Decisions.OrderBy(d => d.Number))
            {
                body.Append(Paragraph("Heading2", $"Décision n° {decision.Number}"));
                body.Append(Paragraph(null, decision.Text));
                foreach (var followUp in decision.FollowUps)
                {
                    body.Append(ListParagraph("•", [Text(FollowUpLineText(followUp))]));
                }
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
        }
        return stream.ToArray();
    }

    /// <summary>"Suite à donner : envoyer le bilan – responsable : Anne Martin – échéance : 30/06/2026 – À faire".</summary>
    public static string FollowUpLineText(FollowUpLine followUp)
    {
        var parts = new List<string> { $"Suite à donner : {followUp.Action}" };
        if (followUp.Owner is not null)
        {
            parts.Add($"responsable : {followUp.Owner}");
        }
        if (followUp.DueDate is { } due)
        {
            parts.Add($"échéance : {due:dd/MM/yyyy}");
        }
        parts.Add(followUp.Status == FollowUpStatus.Faite && followUp.DoneOn is { } done
            ? $"{followUp.Status.Label()} le {done:dd/MM/yyyy}"
            : followUp.Status.Label());
        return string.Join(" – ", parts);
    }

    private static void AppendAttendance(Body body, SeanceSheet seance)
    {
        if (!seance.AttendanceRecorded)
        {
            body.Append(Paragraph(null, "L'émargement n'est pas encore saisi."));
        }
        var convened = seance.Convened.ToList();
        AppendGroup(body, "Convoqués", convened.Where(a => a.Status is null).Select(Who));
        AppendGroup(body, "Présents", convened.Where(a => a.Status == AttendanceStatus.Present).Select(Who));
        AppendGroup(body, "Excusés", convened.Where(a => a.Status == AttendanceStatus.Excuse).Select(Who));
        AppendGroup(body, "Représentés", convened.Where(a => a.Status == AttendanceStatus.Represente)
            .Select(a => a.RepresentedBy is null ? Who(a) : $"{Who(a)}, représenté(e) par {a.RepresentedBy}"));
        AppendGroup(body, "Absents", convened.Where(a => a.Status == AttendanceStatus.Absent).Select(Who));
        AppendGroup(body, "Invités", seance.Guests.Where(a => a.Status is null or AttendanceStatus.Present or AttendanceStatus.Represente).Select(Who));
    }

    private static void AppendGroup(Body body, string title, IEnumerable<string> names)
    {
        var list = names.ToList();
        if (list.Count == 0)
        {
            return;
        }
        body.Append(Paragraph("Heading2", $"{title} ({list.Count})"));
        foreach (var name in list)
        {
            body.Append(ListParagraph("•", [Text(name)]));
        }
    }

    private static string Who(AttendanceLine line) => line.OrganisationName is null ? line.Name : $"{line.Name} ({line.OrganisationName})";

    internal static Paragraph Paragraph(string? style, string text)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }
        paragraph.Append(Text(text));
        return paragraph;
    }

    /// <summary>A list item as an indented paragraph that starts with its bullet or number.</summary>
    internal static Paragraph ListParagraph(string marker, IEnumerable<OpenXmlElement> runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new Indentation { Left = "567", Hanging = "283" }));
        paragraph.Append(Text(marker + "\t"));
        paragraph.Append(runs);
        return paragraph;
    }

    internal static Run Text(string text, bool bold = false, bool italic = false, bool underline = false)
    {
        var run = new Run();
        if (bold || italic || underline)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }
            if (italic)
            {
                properties.Append(new Italic());
            }
            if (underline)
            {
                properties.Append(new Underline { Val = UnderlineValues.Single });
            }
            run.Append(properties);
        }
        // Any stored text, whenever it was typed: what XML cannot hold is left out, line breaks become Word's.
        var lines = UserText.ForDocument(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    private static Styles Styles()
    {
        static Style Heading(string id, string name, string size, bool bold = true) => new(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }),
            new StyleRunProperties(bold ? new Bold() : new Bold { Val = false }, new FontSize { Val = size }))
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
            Heading("Heading2", "heading 2", "24"),
            Heading("Heading3", "heading 3", "22"));
    }
}

/// <summary>
/// Turns sanitised minutes (p, br, strong, em, u, lists, h3, h4, links, tables) into Word paragraphs. Lists
/// become indented paragraphs that start with a bullet or their number; a table row becomes one paragraph
/// whose cells are separated by " | ".
/// </summary>
internal static class HtmlToWord
{
    private static readonly HtmlParser Parser = new();

    public static IEnumerable<Paragraph> Convert(string html)
    {
        var document = Parser.ParseDocument($"<body>{html}</body>");
        var paragraphs = new List<Paragraph>();
        var loose = new List<OpenXmlElement>();
        foreach (var node in document.Body!.ChildNodes)
        {
            if (node is IElement element && IsBlock(element))
            {
                Flush(paragraphs, loose);
                Block(element, paragraphs);
            }
            else
            {
                loose.AddRange(Inline(node, new Format(false, false, false)));
            }
        }
        Flush(paragraphs, loose);
        return paragraphs;
    }

    private sealed record Format(bool Bold, bool Italic, bool Underline);

    private static bool IsBlock(IElement element) => element.LocalName is "p" or "h3" or "h4" or "ul" or "ol" or "table" or "li";

    private static void Flush(List<Paragraph> paragraphs, List<OpenXmlElement> loose)
    {
        if (loose.Count == 0)
        {
            return;
        }
        if (loose.Any(r => r.InnerText.Trim().Length > 0))
        {
            var paragraph = new Paragraph();
            paragraph.Append(loose);
            paragraphs.Add(paragraph);
        }
        loose.Clear();
    }

    private static void Block(IElement element, List<Paragraph> paragraphs)
    {
        switch (element.LocalName)
        {
            case "h3":
            case "h4":
                var heading = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = element.LocalName == "h3" ? "Heading2" : "Heading3" }));
                heading.Append(Inlines(element));
                paragraphs.Add(heading);
                break;
            case "ul":
            case "ol":
                var number = 0;
                foreach (var item in element.Children.Where(c => c.LocalName == "li"))
                {
                    var marker = element.LocalName == "ol" ? $"{++number}." : "•";
                    var nested = item.Children.Where(c => c.LocalName is "ul" or "ol").ToList();
                    paragraphs.Add(MinutesDocument.ListParagraph(marker, item.ChildNodes.Where(n => !nested.Contains(n)).SelectMany(n => Inline(n, new Format(false, false, false)))));
                    foreach (var list in nested)
                    {
                        Block(list, paragraphs);
                    }
                }
                break;
            case "table":
                foreach (var row in element.QuerySelectorAll("tr"))
                {
                    var cells = row.Children.Where(c => c.LocalName is "td" or "th").Select(c => c.TextContent.Trim());
                    paragraphs.Add(MinutesDocument.Paragraph(null, string.Join(" | ", cells)));
                }
                break;
            default:
                var paragraph = new Paragraph();
                paragraph.Append(Inlines(element));
                paragraphs.Add(paragraph);
                break;
        }
    }

    private static IEnumerable<OpenXmlElement> Inlines(IElement element) =>
        element.ChildNodes.SelectMany(n => Inline(n, new Format(false, false, false))).ToList();

    private static IEnumerable<OpenXmlElement> Inline(INode node, Format format)
    {
        switch (node)
        {
            case IText text when text.Data.Length > 0:
                var collapsed = System.Text.RegularExpressions.Regex.Replace(text.Data, @"\s+", " ");
                if (collapsed.Length > 0)
                {
                    yield return MinutesDocument.Text(collapsed, format.Bold, format.Italic, format.Underline);
                }
                break;
            case IElement { LocalName: "br" }:
                yield return new Run(new Break());
                break;
            case IElement element:
                var inner = element.LocalName switch
                {
                    "strong" or "b" => format with { Bold = true },
                    "em" or "i" => format with { Italic = true },
                    "u" => format with { Underline = true },
                    _ => format,
                };
                foreach (var child in element.ChildNodes.SelectMany(n => Inline(n, inner)))
                {
                    yield return child;
                }
                if (element.LocalName == "a" && element.GetAttribute("href") is { Length: > 0 } href && href != element.TextContent.Trim())
                {
                    yield return MinutesDocument.Text($" ({href})", format.Bold, format.Italic, format.Underline);
                }
                break;
        }
    }
}
