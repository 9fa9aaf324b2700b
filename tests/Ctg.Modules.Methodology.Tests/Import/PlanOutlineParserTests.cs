using Ctg.Modules.Methodology.Import;
using Xunit;

namespace Ctg.Modules.Methodology.Tests.Import;

public class PlanOutlineParserTests
{
    /// <summary>The tree as "depth|code|title" lines and fiches as "  fiche number|title", in reading order.</summary>
    private static List<string> Tree(PlanOutline outline)
    {
        var lines = outline.RootFiches.Select(f => $"fiche {f.Number}|{f.Title}").ToList();
        foreach (var node in outline.AllNodes)
        {
            lines.Add($"{node.Depth}|{node.Code}|{node.Title}");
            lines.AddRange(node.Fiches.Select(f => $"  fiche {f.Number}|{f.Title}"));
        }
        return lines;
    }

    [Fact]
    public void Axes_numbered_objectives_and_fiches_make_a_tree_with_the_axis_level_named()
    {
        var outline = PlanOutlineParser.Parse("""
            Axe 1 – Petite enfance
              1.1 Développer l'offre d'accueil
                Fiche 3 : Créer une micro-crèche
                Fiche action n°4 – Ouvrir un LAEP
              1.2 Soutenir les assistantes maternelles
                FA 6 - Relais petite enfance
            AXE 2 : Enfance-jeunesse
              2.1 Harmoniser les ALSH
                Fiche n° 8 – Accueils du mercredi
            """);

        Assert.Empty(outline.Errors);
        Assert.True(outline.CanImport);
        Assert.Equal(
            ["0|1|Petite enfance", "1|1.1|Développer l'offre d'accueil", "  fiche 3|Créer une micro-crèche", "  fiche 4|Ouvrir un LAEP",
             "1|1.2|Soutenir les assistantes maternelles", "  fiche 6|Relais petite enfance",
             "0|2|Enfance-jeunesse", "1|2.1|Harmoniser les ALSH", "  fiche 8|Accueils du mercredi"],
            Tree(outline));
        Assert.Equal(["Axe", null], outline.LevelNames);
        Assert.Equal(["Axe", "Niveau 2"], outline.Levels);
    }

    [Fact]
    public void Keywords_name_each_level()
    {
        var outline = PlanOutlineParser.Parse("AXE 1 : Parentalité\nEnjeu 1. Rompre l'isolement\nObjectif opérationnel 1.1 – Aller vers les familles\nFiche 12 : LAEP itinérant\nEnjeu 2. Informer\nAxe 2 - Accès aux droits\nEnjeu 1. Simplifier");

        Assert.Equal(["Axe", "Enjeu", "Objectif opérationnel"], outline.Levels);
        Assert.Equal(["0|1|Parentalité", "1|1|Rompre l'isolement", "2|1.1|Aller vers les familles", "  fiche 12|LAEP itinérant",
            "1|2|Informer", "0|2|Accès aux droits", "1|1|Simplifier"], Tree(outline));
    }

    [Fact]
    public void Roman_letters_numbers_and_bullets_nest_in_the_order_they_appear()
    {
        var outline = PlanOutlineParser.Parse("""
            I. Petite enfance
            A. Accueil
            1. Places
            a) Micro-crèches
            • Fiche 1 : Micro-crèche de Sergines
            b) Assistantes maternelles
            B. Information
            C. Coordination
            II. Jeunesse
            """);

        Assert.Empty(outline.Errors);
        Assert.Equal(["0|I|Petite enfance", "1|A|Accueil", "2|1|Places", "3|a|Micro-crèches", "  fiche 1|Micro-crèche de Sergines",
            "3|b|Assistantes maternelles", "1|B|Information", "1|C|Coordination", "0|II|Jeunesse"], Tree(outline));
        Assert.Equal(4, outline.Levels.Count);
        Assert.All(outline.LevelNames, Assert.Null);
    }

    [Fact]
    public void Indentation_gives_the_depth_of_bullets_and_plain_lines()
    {
        var outline = PlanOutlineParser.Parse("• Petite enfance\n    - Accueil\n    - Information\n        Fiche 2 : Guide des modes de garde\n• Jeunesse\n\tPoints information jeunesse\n");

        Assert.Equal(["0||Petite enfance", "1||Accueil", "1||Information", "  fiche 2|Guide des modes de garde", "0||Jeunesse", "1||Points information jeunesse"], Tree(outline));
    }

    [Fact]
    public void A_fiche_less_indented_than_the_last_objective_goes_under_the_axis()
    {
        var outline = PlanOutlineParser.Parse("Axe 1 – Petite enfance\n    1.1 Accueil\n        Fiche 1 : Crèche\nFiche 2 : Observatoire de la petite enfance\n");

        Assert.Equal(["0|1|Petite enfance", "  fiche 2|Observatoire de la petite enfance", "1|1.1|Accueil", "  fiche 1|Crèche"], Tree(outline));
    }

    [Fact]
    public void Fiches_before_any_axis_are_placed_in_the_plan_without_a_node()
    {
        var outline = PlanOutlineParser.Parse("Fiche 1 : Coordination CTG\r\nFiche 2 : Observatoire\r\nAxe 1 : Petite enfance\r\nFiche 3 : Crèche\r\n");

        Assert.Equal(["fiche 1|Coordination CTG", "fiche 2|Observatoire", "0|1|Petite enfance", "  fiche 3|Crèche"], Tree(outline));
    }

    [Fact]
    public void A_wrapped_title_is_joined()
    {
        var outline = PlanOutlineParser.Parse("1. Structurer la gouvernance de la CTG et\nde ses instances techniques\n2. Observer");

        Assert.Equal(["0|1|Structurer la gouvernance de la CTG et de ses instances techniques", "0|2|Observer"], Tree(outline));
    }

    [Fact]
    public void A_fiche_number_twice_is_an_error_that_names_both_lines()
    {
        var outline = PlanOutlineParser.Parse("Axe 1 : A\nFiche 3 : Un\nAxe 2 : B\nFiche 3 : Deux");

        var error = Assert.Single(outline.Errors);
        Assert.Equal("Ligne 4 : la fiche n° 3 apparaît déjà ligne 2 : une fiche n'a qu'une place dans un plan.", error.Text);
        Assert.False(outline.CanImport);
    }

    [Fact]
    public void More_than_six_levels_is_an_error()
    {
        var outline = PlanOutlineParser.Parse("Axe 1 : A\nEnjeu 1 : B\nObjectif 1 : C\nI. D\nA. E\n1. F\na) G");

        var error = Assert.Single(outline.Errors);
        Assert.StartsWith("Ligne 7 :", error.Text);
        Assert.Contains("au plus 6 niveaux", error.Text);
    }

    [Fact]
    public void Empty_text_has_nothing_to_import()
    {
        var outline = PlanOutlineParser.Parse("\n  \n\t\n");

        Assert.False(outline.CanImport);
        Assert.Contains("Aucun axe, objectif ni fiche", Assert.Single(outline.Errors).Text);
    }

    [Fact]
    public void A_word_that_starts_like_a_keyword_is_not_a_keyword()
    {
        var outline = PlanOutlineParser.Parse("Orientation des familles vers les services\nEnjeux du territoire");

        Assert.Equal(["0||Orientation des familles vers les services", "0||Enjeux du territoire"], Tree(outline));
        Assert.Equal([null], outline.LevelNames);
    }
}
