using Ctg.Modules.Governance.Seances;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;

namespace Ctg.Modules.Governance.Tests.Seances;

public class MinutesDocumentTests
{
    private static (List<string> Paragraphs, WordprocessingDocument Document) Open(byte[] bytes)
    {
        var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        return (paragraphs, document);
    }

    [Fact]
    public void The_document_is_valid_open_xml()
    {
        var (_, document) = Open(MinutesDocument.Write(SampleSeance.Build()));
        using (document)
        {
            var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.Empty(errors);
        }
    }

    [Fact]
    public void The_document_holds_the_header_attendance_agenda_minutes_and_decisions()
    {
        var (paragraphs, document) = Open(MinutesDocument.Write(SampleSeance.Build()));
        document.Dispose();

        Assert.Equal("Compte rendu – COPIL de la CTG", paragraphs[0]);
        Assert.Contains("Séance du jeudi 12 mars 2026, 14 h 00 – 16 h 30", paragraphs);
        Assert.Contains("Lieu : Salle du conseil, Saint-Julien-du-Sault", paragraphs);
        Assert.Contains("Présents (1)", paragraphs);
        Assert.Contains("•\tAnne Martin (Commune de Villeneuve-sur-Yonne)", paragraphs);
        Assert.Contains("•\tBruno Petit (CAF de l'Yonne), représenté(e) par Claire Roux", paragraphs);
        Assert.Contains("Excusés (1)", paragraphs);
        Assert.Contains("Absents (1)", paragraphs);
        Assert.Contains("•\tEva Morel", paragraphs);
        Assert.Contains("Invités (1)", paragraphs);
        Assert.Contains("1.\tBilan annuel 2025 (présenté par Anne Martin, 45 min) – fiche action 1.2 – Relais petite enfance", paragraphs);
        Assert.Contains("Le bilan annuel est présenté.", paragraphs);
        Assert.Contains("•\tRelais petite enfance", paragraphs);
        Assert.Contains("Décision n° 1", paragraphs);
        Assert.Contains("Le bilan annuel est validé.", paragraphs);
        Assert.Contains("•\tSuite à donner : Diffuser le bilan aux communes – responsable : Anne Martin – échéance : 30/04/2026 – À faire", paragraphs);
    }

    [Fact]
    public void Bold_in_the_minutes_becomes_a_bold_run()
    {
        var (_, document) = Open(MinutesDocument.Write(SampleSeance.Build()));
        using (document)
        {
            var bold = document.MainDocumentPart!.Document!.Body!.Descendants<Run>().Single(r => r.InnerText == "bilan annuel");
            Assert.NotNull(bold.RunProperties?.Bold);
        }
    }

    [Fact]
    public void Confidential_minutes_are_replaced_by_a_sentence()
    {
        var (paragraphs, document) = Open(MinutesDocument.Write(SampleSeance.Build(hidden: true)));
        document.Dispose();

        Assert.Contains(MinutesDocument.ConfidentialSentence, paragraphs);
        Assert.DoesNotContain("Le bilan annuel est présenté.", paragraphs);
        Assert.Contains("Le bilan annuel est validé.", paragraphs);
    }

    [Fact]
    public void Numbered_lists_headings_and_tables_of_the_minutes_become_paragraphs()
    {
        var html = "<h3>Finances</h3><ol><li>premier</li><li>second</li></ol><table><tr><td>RPE</td><td>12</td></tr></table>texte libre";
        var (paragraphs, document) = Open(MinutesDocument.Write(SampleSeance.Build(html)));
        using (document)
        {
            Assert.Contains("Finances", paragraphs);
            Assert.Contains("1.\tpremier", paragraphs);
            Assert.Contains("2.\tsecond", paragraphs);
            Assert.Contains("RPE | 12", paragraphs);
            Assert.Contains("texte libre", paragraphs);
            Assert.Empty(new OpenXmlValidator().Validate(document));
        }
    }
}
