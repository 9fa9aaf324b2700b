using Ctg.Modules.Methodology.Exports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;

namespace Ctg.Modules.Methodology.Tests.Exports;

public class FicheDocumentTests
{
    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    private static string? Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private static void AssertValid(WordprocessingDocument document)
    {
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void A_fiche_is_laid_out_like_the_original_document_with_its_sections_in_order()
    {
        using var document = Open(FicheDocument.Write(ExportSamples.Fiche17(), ExportSamples.Today));
        AssertValid(document);
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList();

        Assert.Equal("Fiche Action 17", paragraphs.Single(p => Style(p) == "Heading1").InnerText);
        Assert.StartsWith("Structurer la fonction", paragraphs.Single(p => Style(p) == "Heading2").InnerText);
        Assert.Equal(
            ["DIAGNOSTIC INITIAL / ENJEUX", "FINALITE / OBJECTIF GENERAL", "OBJECTIFS OPERATIONNELS", "PUBLIC CIBLE",
             "MODALITES DE MISE EN ŒUVRE / ECHEANCES", "SERVICES MOBILISES ET RESPONSABLES DE L’ACTION",
             "PARTENAIRES / ACTEURS CONCERNES PAR LA MISE EN ŒUVRE DE L’ACTION", "MOYENS ET FINANCEMENTS", "RESULTATS ATTENDUS", "INDICATEURS D’EVALUATION"],
            paragraphs.Where(p => Style(p) == "Heading3").Select(p => p.InnerText));
        Assert.Equal(["Impulser et piloter stratégiquement la CTG", "Animer et coordonner la gouvernance territoriale"],
            paragraphs.Where(p => Style(p) == "Heading4").Select(p => p.InnerText));
        Assert.DoesNotContain(paragraphs, p => p.InnerText.StartsWith("- ") || p.InnerText.StartsWith("1. "));
        Assert.Contains(paragraphs, p => p.InnerText == "Une connaissance limitée de la CTG et de ses objectifs par les partenaires ;" && p.ParagraphProperties?.NumberingProperties is not null);
    }

    [Fact]
    public void Lists_are_real_word_lists_and_each_numbered_list_starts_again_at_one()
    {
        using var document = Open(FicheDocument.Write(ExportSamples.Fiche17(), ExportSamples.Today));
        var numbering = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering;
        var body = document.MainDocumentPart.Document.Body!;
        var listed = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToList();

        var numIds = listed.Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value).Distinct().ToList();
        // diagnostic bullets, objectifs numbered, missions, 2 × sub-items, partenaires, résultats, indicateurs
        Assert.True(numIds.Count >= 8, $"{numIds.Count} listes");
        var instances = numbering.Elements<NumberingInstance>().ToDictionary(n => n.NumberID!.Value);
        Assert.All(numIds, id => Assert.Equal(1, instances[id].GetFirstChild<LevelOverride>()!.StartOverrideNumberingValue!.Val!.Value));
        var decimalAbstract = numbering.Elements<AbstractNum>()
            .Where(a => a.Elements<Level>().First().NumberingFormat!.Val!.Value == NumberFormatValues.Decimal)
            .Select(a => a.AbstractNumberId!.Value).ToHashSet();
        var numberedLists = numIds.Count(id => decimalAbstract.Contains(instances[id].AbstractNumId!.Val!.Value));
        Assert.Equal(2, numberedLists); // objectifs opérationnels and missions: two lists, each restarting
        Assert.Contains(numbering.Elements<AbstractNum>(), a => a.Elements<Level>().First().LevelText!.Val!.Value == "•");
    }

    [Fact]
    public void Empty_sections_are_left_out_and_tables_hold_the_jalons_and_financements()
    {
        var fiche = ExportSamples.Fiche17() with { Diagnostic = null, Partenaires = [], OtherInformation = "DIVERS\nUn texte conservé." };
        using var document = Open(FicheDocument.Write(fiche, ExportSamples.Today));
        AssertValid(document);
        var body = document.MainDocumentPart!.Document.Body!;
        var headings = body.Elements<Paragraph>().Where(p => Style(p) == "Heading3").Select(p => p.InnerText).ToList();

        Assert.DoesNotContain("DIAGNOSTIC INITIAL / ENJEUX", headings);
        Assert.DoesNotContain(headings, h => h.StartsWith("PARTENAIRES"));
        Assert.Equal("AUTRES INFORMATIONS", headings[^1]);
        var tables = body.Elements<Table>().ToList();
        Assert.Equal(2, tables.Count);
        var jalons = tables[0].Elements<TableRow>().Select(r => r.InnerText).ToList();
        Assert.Equal(3, jalons.Count);
        Assert.Contains("01/02/2026 (en retard)", jalons[2]);
        var financements = tables[1].Elements<TableRow>().ToList();
        Assert.Equal(4, financements.Count); // header, 2 funders, total
        Assert.Contains("40 000 €", financements[^1].InnerText.Replace('\u202F', ' ').Replace('\u00A0', ' '));
    }

    [Fact]
    public void The_plan_annex_has_a_summary_table_then_each_fiche_on_its_own_page()
    {
        using var document = Open(PlanDocument.Write(ExportSamples.Annex(6), ExportSamples.Today));
        AssertValid(document);
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<Paragraph>().ToList();

        Assert.Equal("Plan d’actions — Plan CTG 2024-2028", paragraphs.First().InnerText);
        var summary = body.Elements<Table>().First();
        var rows = summary.Elements<TableRow>().ToList();
        Assert.Equal(1 + 2 + 6, rows.Count);
        Assert.Equal("Axe 1 — Petite enfance", rows[1].InnerText);
        var fiches = paragraphs.Where(p => Style(p) == "Heading1" && p.InnerText.StartsWith("Fiche Action")).ToList();
        Assert.Equal(6, fiches.Count);
        Assert.All(fiches, p => Assert.NotNull(p.ParagraphProperties!.PageBreakBefore));
    }

    [Fact]
    public void A_plan_of_400_fiches_is_written_whole_and_valid()
    {
        // Its duration is measured by bench/methodology.sh, not here.
        var bytes = PlanDocument.Write(ExportSamples.Annex(400), ExportSamples.Today);

        using var document = Open(bytes);
        AssertValid(document);
        Assert.Equal(400, document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Count(p => p.InnerText.StartsWith("Fiche Action ")));
    }

    [Theory]
    [InlineData("17", "fiche-action-17.docx")]
    [InlineData("2.3", "fiche-action-2-3.docx")]
    [InlineData("", "fiche-action-sans-numero.docx")]
    public void A_fiche_file_is_named_after_its_number(string number, string expected) =>
        Assert.Equal(expected, FicheDocument.FileName(number));

    [Fact]
    public void A_plan_file_name_has_no_accent_nor_space()
    {
        Assert.Equal("plan-d-actions-plan-ctg-2024-2028-cc-yonne-nord.xlsx", PlanDocument.FileName("Plan CTG 2024–2028 : CC Yonne Nord", "xlsx"));
        Assert.Equal("plan-d-actions-mise-en-oeuvre-education.docx", PlanDocument.FileName("Mise en œuvre « Éducation »", "docx"));
    }
}
