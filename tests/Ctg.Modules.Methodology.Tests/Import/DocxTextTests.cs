using Ctg.Modules.Methodology.Fiches;
using Ctg.Modules.Methodology.Import;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;

namespace Ctg.Modules.Methodology.Tests.Import;

public class DocxTextTests
{
    /// <summary>Word writes typographic apostrophes where the text file has straight ones; nothing else differs.</summary>
    private static string? Straight(string? text) => text?.Replace('’', '\'');

    [Fact]
    public void The_seed_docx_imports_to_the_same_fiche_as_its_text()
    {
        using var stream = new MemoryStream(Fixtures.Fiche17Docx);
        var fromDocx = FicheTextParser.Parse(DocxText.Extract(stream)).ToCommand();
        var fromText = FicheTextParser.Parse(Fixtures.Fiche17Text).ToCommand();

        Assert.Equal(fromText.Number, fromDocx.Number);
        Assert.Equal(fromText.Title, fromDocx.Title);
        Assert.Equal(fromText.Diagnostic, Straight(fromDocx.Diagnostic));
        Assert.Equal(fromText.Objective, Straight(fromDocx.Objective));
        Assert.Equal(fromText.OperationalObjectives, Straight(fromDocx.OperationalObjectives));
        Assert.Equal(fromText.TargetAudience, Straight(fromDocx.TargetAudience));
        Assert.Equal(fromText.Implementation, Straight(fromDocx.Implementation));
        Assert.Equal(fromText.Missions.Select(m => (m.Title, m.Items)), fromDocx.Missions.Select(m => (Straight(m.Title), Straight(m.Items))));
        Assert.Equal(fromText.Services, Straight(fromDocx.Services));
        Assert.Equal(fromText.PartenairesText, Straight(fromDocx.PartenairesText));
        Assert.Equal(fromText.ExpectedResults, Straight(fromDocx.ExpectedResults));
        Assert.Equal(fromText.IndicatorsText, Straight(fromDocx.IndicatorsText));
        Assert.Null(fromDocx.OtherInformation);
        Assert.Equal([4, 3, 3, 1, 2], fromDocx.Missions.Select(m => m.Items!.Split('\n').Length));
        Assert.Equal(4, fromDocx.TargetAudience!.Split('\n').Length);
        Assert.Contains("aujourd’hui", fromDocx.Diagnostic);
    }

    [Fact]
    public void Lists_tables_breaks_and_headings_come_out_as_lines()
    {
        var bytes = Document(body =>
        {
            body.Append(Para("FICHE ACTION 21", "Heading1"));
            body.Append(Para("Un titre"));
            body.Append(Para("OBJECTIFS OPERATIONNELS", "Heading2"));
            body.Append(ListPara("Premier objectif", 1, 0));
            body.Append(ListPara("Sous-objectif", 1, 1));
            body.Append(ListPara("Étape un", 2, 0));
            body.Append(ListPara("Étape deux", 2, 0));
            body.Append(ListPara("Lettre a", 3, 0));
            body.Append(ListPara("Lettre b", 3, 0));
            body.Append(new Paragraph(new Run(new Text("Ligne un"), new Break(), new Text("Ligne"), new TabChar(), new Text("deux"))));
            body.Append(new Table(
                new TableRow(new TableCell(Para("Pilote")), new TableCell(Para("Service jeunesse"))),
                new TableRow(new TableCell(Para("Budget")), new TableCell(Para("12 000 €"), Para("CAF 50 %")))));
            body.Append(new Paragraph(new Run(new DeletedText("supprimé"))));
        });

        var text = DocxText.Extract(new MemoryStream(bytes));

        Assert.Equal(
            ["FICHE ACTION 21", "Un titre", "OBJECTIFS OPERATIONNELS", "- Premier objectif", "  - Sous-objectif", "1. Étape un", "2. Étape deux",
             "a) Lettre a", "b) Lettre b", "Ligne un", "Ligne\tdeux", "Pilote", "Service jeunesse", "Budget", "12 000 €", "CAF 50 %"],
            text.TrimEnd('\n').Split('\n'));

        var fiche = FicheTextParser.Parse(text).ToCommand();
        Assert.Equal("21", fiche.Number);
        Assert.Equal("Service jeunesse", fiche.Pilote);
        Assert.Equal("12 000 €\nCAF 50 %", fiche.Means);
        Assert.Equal(TextBlockKind.Bullets, TextLayout.Parse(fiche.OperationalObjectives)[0].Kind);
    }

    [Fact]
    public void A_list_style_without_direct_numbering_is_still_a_list()
    {
        var bytes = Document(body => body.Append(Para("Élément de liste", "ListBullet")));

        Assert.Equal("- Élément de liste\n", DocxText.Extract(new MemoryStream(bytes)));
    }

    [Fact]
    public void A_file_that_is_not_a_word_document_is_said_so()
    {
        var notDocx = ImportGuard.ReadFile("fiche.docx", "PK\u0003\u0004 ceci n'est pas un zip"u8.ToArray());
        var plainText = ImportGuard.ReadFile("fiche.docx", "FICHE ACTION 1"u8.ToArray());

        Assert.Equal(ImportGuard.NotDocx, notDocx.Error);
        Assert.Equal(ImportGuard.NotDocx, plainText.Error);
    }

    [Fact]
    public void An_uploaded_docx_is_read_through_the_guard()
    {
        var read = ImportGuard.ReadFile("fiche-action-17.docx", Fixtures.Fiche17Docx);

        Assert.Null(read.Error);
        Assert.StartsWith("Fiche Action 17\n", read.Text);
    }

    private static Paragraph Para(string text, string? style = null)
    {
        var paragraph = new Paragraph(new Run(new Text(text)));
        if (style is not null)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }
        return paragraph;
    }

    private static Paragraph ListPara(string text, int numId, int level) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })),
            new Run(new Text(text)));

    private static byte[] Document(Action<Body> fill)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                Abstract(10, NumberFormatValues.Bullet, NumberFormatValues.Bullet),
                Abstract(20, NumberFormatValues.Decimal, NumberFormatValues.LowerLetter),
                Abstract(30, NumberFormatValues.LowerLetter, NumberFormatValues.Decimal),
                new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = 2 },
                new NumberingInstance(new AbstractNumId { Val = 30 }) { NumberID = 3 });
            fill(body);
        }
        return stream.ToArray();
    }

    private static AbstractNum Abstract(int id, NumberFormatValues level0, NumberFormatValues level1) =>
        new(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = level0 }) { LevelIndex = 0 },
            new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = level1 }) { LevelIndex = 1 })
        { AbstractNumberId = id };
}
