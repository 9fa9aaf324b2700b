using Ctg.Modules.Methodology.Briefs;
using Ctg.Modules.Methodology.Domain;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;

namespace Ctg.Modules.Methodology.Tests.Briefs;

public class BriefDocumentTests
{
    private static readonly Guid F1 = Guid.NewGuid(), F2 = Guid.NewGuid(), F3 = Guid.NewGuid();

    private static BriefFicheState State(Guid id, string number, string title, FicheStatus status, int progress, Meteo? meteo, DateOnly? deadline) =>
        new() { FicheId = id, Number = number, Title = title, Status = status, Progress = progress, Meteo = meteo, Deadline = deadline };

    private static BriefSheet Sheet(BriefIndicators indicators, bool withPrevious = true)
    {
        BriefFicheState[] states =
        [
            State(F1, "1", "Relais petite enfance", FicheStatus.EnCours, 40, Meteo.Vigilance, new(2026, 3, 1)),
            State(F2, "2", "Guide des familles & « parents »", FicheStatus.Realisee, 100, Meteo.Favorable, null),
        ];
        BriefFicheState[] previous = [State(F1, "1", "Relais petite enfance", FicheStatus.ALancer, 0, null, new(2026, 3, 1)), State(F3, "3", "Ludothèque", FicheStatus.EnCours, 5, null, null)];
        var from = new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);
        var to = new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero);
        return new BriefSheet(Guid.NewGuid(), "Note d'aide à la décision — Plan CTG — 12/03/2026", "Plan CTG", new(2026, 3, 12), to, "Camille Coordinatrice",
            states, new Dictionary<Guid, string> { [F1] = "Anne Martin" },
            withPrevious ? new DateOnly(2026, 1, 10) : null,
            withPrevious ? BriefChanges.Compare(previous, states, [new HistoryLine(F1, from.AddDays(1), "Camille Coordinatrice", "Statut")], from, to) : null,
            BriefOverdue.AsOf(states, [new BriefJalon(F1, "Comité de suivi", new(2026, 2, 1), null)], new(2026, 3, 12)),
            [new BriefDecision("1", "Relais petite enfance", "Anne Martin", "Valider le local :\n- mairie de Chéu\n- école de Brienon")],
            indicators);
    }

    private static (List<string> Errors, string Text, WordprocessingDocument Document) Open(byte[] bytes)
    {
        var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        // A list item is a paragraph with Word numbering; it reads here as it prints, after a bullet and a tab.
        var text = string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>()
            .Select(p => p.ParagraphProperties?.NumberingProperties is null ? p.InnerText : "•\t" + p.InnerText));
        return (errors, text, document);
    }

    [Fact]
    public void The_brief_is_a_valid_word_document_with_every_section()
    {
        var (errors, text, document) = Open(BriefDocument.Write(Sheet(new BriefIndicators(null,
            [new BriefIndicator("Taux de couverture", "62 %", "2026", "70 %", ["1", "2"])]))));
        using (document)
        {
            Assert.Empty(errors);
            Assert.Contains("Périmètre : Plan CTG", text);
            Assert.Contains("Situation au 12/03/2026", text);
            Assert.Contains("2 fiche(s) action ; avancement moyen : 70\u202F%.", text);
            Assert.Contains("Ce qui a changé depuis la note précédente du 10/01/2026", text);
            Assert.Contains("Fiche 1 – Relais petite enfance : À lancer → En cours", text);
            Assert.Contains("Fiche 2 – Guide des familles & « parents » (Réalisée, 100\u00A0%)", text);
            Assert.Contains("Fiches sorties du périmètre (1)", text);
            Assert.Contains("Fiche 1 – Relais petite enfance : 1 modification(s) (Statut) par Camille Coordinatrice", text);
            Assert.Contains("Échéances dépassées au 12/03/2026", text);
            Assert.Contains("Fiche 1 – Relais petite enfance : échéance du 01/03/2026 (En cours, 40\u00A0%)", text);
            Assert.Contains("jalon « Comité de suivi » prévu le 01/02/2026", text);
            Assert.Contains("Valider le local :", text);
            Assert.Contains("•\tmairie de Chéu", text);
            Assert.Contains("Taux de couverture\n62 %\n2026\n70 %\n1, 2", text);
            var table = document.MainDocumentPart!.Document.Body!.Elements<Table>().Last();
            Assert.Equal(["N°", "Intitulé", "Pilote", "Statut", "Avancement", "Échéance"], table.Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText).ToArray());
            Assert.Equal(["1", "Relais petite enfance", "Anne Martin", "En cours", "40\u00A0%", "01/03/2026"], table.Elements<TableRow>().ElementAt(1).Elements<TableCell>().Select(c => c.InnerText).ToArray());
            Assert.Equal("—", table.Elements<TableRow>().ElementAt(2).Elements<TableCell>().ElementAt(2).InnerText);
        }
    }

    [Fact]
    public void The_first_brief_says_there_is_nothing_to_compare_and_a_disabled_evaluation_says_so()
    {
        var (errors, text, document) = Open(BriefDocument.Write(Sheet(new BriefIndicators(LoadBriefSheetHandler.EvaluationDisabled, []), withPrevious: false)));
        using (document)
        {
            Assert.Empty(errors);
            Assert.Contains(BriefDocument.FirstBrief, text);
            Assert.Contains("Module Évaluation désactivé : indicateurs non disponibles", text);
            Assert.DoesNotContain("depuis la note précédente du", text);
        }
    }
}
