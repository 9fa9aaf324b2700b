using Ctg.Modules.Methodology.Fiches;
using Ctg.Modules.Methodology.Import;
using Xunit;

namespace Ctg.Modules.Methodology.Tests.Import;

public class FicheTextParserTests
{
    private static IReadOnlyList<string> Items(string? text) => TextLayout.Items(text);

    [Fact]
    public void The_seed_fiche_imports_with_every_section_in_its_field()
    {
        var parsed = FicheTextParser.Parse(Fixtures.Fiche17Text);
        var fiche = parsed.ToCommand();

        Assert.Empty(parsed.Warnings);
        Assert.Equal("Import", fiche.Origin);
        Assert.Equal("17", fiche.Number);
        Assert.Equal("Structurer la fonction de Chargé(e) de Coopération Territoriale dans la coordination stratégique de la CTG", fiche.Title);

        var diagnostic = TextLayout.Parse(fiche.Diagnostic);
        Assert.Equal([TextBlockKind.Paragraph, TextBlockKind.Paragraph, TextBlockKind.Bullets, TextBlockKind.Paragraph], diagnostic.Select(b => b.Kind));
        Assert.StartsWith("La Convention Territoriale Globale constitue", diagnostic[0].Lines[0]);
        Assert.Equal("Les constats partagés font apparaître :", diagnostic[1].Lines[0]);
        Assert.Equal(4, diagnostic[2].Lines.Count);
        Assert.Equal("Une connaissance limitée de la CTG et de ses objectifs par les partenaires ;", diagnostic[2].Lines[0]);
        Assert.EndsWith("l'efficacité des actions mises en œuvre.", diagnostic[3].Lines[0]);

        Assert.Equal("Faire du/de la Chargé(e) de coopération territoriale le pivot de la gouvernance CTG, garant de son pilotage et de son évolution, et en renforcer la lisibilité et la reconnaissance.", fiche.Objective);

        var objectives = TextLayout.Parse(fiche.OperationalObjectives);
        Assert.Equal(TextBlockKind.Bullets, Assert.Single(objectives).Kind);
        Assert.Equal(4, objectives[0].Lines.Count);
        Assert.Equal("Mettre en cohérence les dispositifs contractuels et projets territoriaux (CTG, SPPE, CLS, SDSF etc.)", objectives[0].Lines[1]);

        Assert.Equal(
            ["Élus locaux", "Professionnels des services municipaux et intercommunaux", "Partenaires institutionnels et associatifs", "Habitants (selon les thématiques et les instances)"],
            fiche.TargetAudience!.Split('\n'));

        Assert.StartsWith("Le/la Chargé(e) de coopération territoriale exerce une fonction de pilotage", fiche.Implementation);
        Assert.EndsWith("autour des missions suivantes :", fiche.Implementation);
        Assert.DoesNotContain("\n", fiche.Implementation);

        Assert.Equal(
            ["Impulser et piloter stratégiquement la CTG", "Animer et coordonner la gouvernance territoriale", "Apporter un appui stratégique et méthodologique",
             "Assurer la mise en cohérence des dispositifs", "Structurer l'observation, le suivi et l'évaluation"],
            fiche.Missions.Select(m => m.Title));
        Assert.Equal([4, 3, 3, 1, 2], fiche.Missions.Select(m => m.Items!.Split('\n').Length));
        Assert.Equal("Impulser la dynamique CTG auprès des élus, des services et des partenaires ;", fiche.Missions[0].Items!.Split('\n')[0]);
        Assert.Equal("Articuler les actions de la CTG avec les autres dispositifs et contractualisations (SPPE, CLS, SDSF, etc.).", fiche.Missions[3].Items);

        Assert.Equal("Chargée de coopération CTG - CCYN", fiche.Services);
        Assert.Null(fiche.Pilote);
        Assert.Equal(["Élus locaux et communautaires ;", "Services communaux et intercommunaux", "Partenaires institutionnels ;", "Acteurs du territoire ;", "Habitants et familles."],
            Items(fiche.PartenairesText));
        Assert.All(fiche.PartenairesText!.Split('\n'), line => Assert.StartsWith("- ", line));
        Assert.Equal(5, Items(fiche.ExpectedResults).Count);
        Assert.StartsWith("- Une meilleure connaissance et appropriation de la CTG", fiche.ExpectedResults);
        Assert.Equal(5, Items(fiche.IndicatorsText).Count);
        Assert.EndsWith("sur le rôle du/de la Chargé(e) de mission CTG.", fiche.IndicatorsText);
        Assert.Null(fiche.OtherInformation);
        Assert.Null(fiche.Means);
        Assert.Null(fiche.EluReferent);
        Assert.Empty(parsed.OtherSections);
    }

    [Fact]
    public void The_review_knows_the_heading_each_section_had_in_the_document()
    {
        var parsed = FicheTextParser.Parse(Fixtures.Fiche17Text);

        Assert.Equal(
            [("DIAGNOSTIC INITIAL / ENJEUX", FicheSection.Diagnostic), ("FINALITE / OBJECTIF GENERAL", FicheSection.Objective),
             ("OBJECTIFS OPERATIONNELS", FicheSection.OperationalObjectives), ("PUBLIC CIBLE", FicheSection.TargetAudience),
             ("MODALITES DE MISE EN ŒUVRE / ECHEANCES", FicheSection.Implementation), ("SERVICES MOBILISES ET RESPONSABLES DE L'ACTION", FicheSection.Services),
             ("PARTENAIRES/ ACTEURS CONCERNES PAR LA MISE EN ŒUVRE DE L'ACTION", FicheSection.Partenaires), ("RESULTATS ATTENDUS", FicheSection.ExpectedResults),
             ("INDICATEURS D'EVALUATION", FicheSection.Indicators)],
            parsed.Sections.Select(s => (s.Heading, s.Field)));
    }

    [Theory]
    [InlineData("Fiche Action 17", "17", null)]
    [InlineData("FICHE ACTION N°3 :", "3", null)]
    [InlineData("Fiche n° 2.3 – Développer les LAEP", "2.3", "Développer les LAEP")]
    [InlineData("Fiche-action n°5 : Accueil du jeune enfant", "5", "Accueil du jeune enfant")]
    [InlineData("FA 12 - Permanences France services", "12", "Permanences France services")]
    [InlineData("fiche action nº 4b", "4b", null)]
    public void The_number_and_title_are_read_from_the_fiche_line(string line, string number, string? inlineTitle)
    {
        var parsed = FicheTextParser.Parse($"{line}\n\nTitre sur la ligne suivante\n\nOBJECTIF GENERAL\nAgir.");

        Assert.Equal(number, parsed.Number);
        Assert.Equal(inlineTitle ?? "Titre sur la ligne suivante", parsed.Title);
        if (inlineTitle is not null)
        {
            Assert.Contains("Titre sur la ligne suivante", parsed.ToCommand().OtherInformation);
        }
        Assert.Equal("Agir.", parsed.Objective);
    }

    [Fact]
    public void Headings_are_recognised_whatever_their_case_accents_plural_or_colon()
    {
        var text = """
            Fiche action 8
            Harmoniser les accueils de loisirs

            Diagnostic initial / enjeux :
            Une offre inégale selon les communes.
            Objectif(s) :
            Rendre l'offre lisible.
            objectifs opérationnels
            - Aligner les tarifs
            Public(s) cible(s)
            Familles
            Modalites de mise en oeuvre / echeances
            Rencontres trimestrielles.
            Pilote : Service enfance-jeunesse CCYN
            Élu(e) référent(e) : Mme Martin, vice-présidente
            Partenaires/ acteurs concernés par la mise en œuvre de l’action
            - CAF de l'Yonne
            Moyens
            0,5 ETP de coordination
            Resultat attendu
            - Une offre harmonisée
            Indicateurs d evaluation
            - Nombre de places
            """;

        var fiche = FicheTextParser.Parse(text).ToCommand();

        Assert.Equal("8", fiche.Number);
        Assert.Equal("Harmoniser les accueils de loisirs", fiche.Title);
        Assert.Equal("Une offre inégale selon les communes.", fiche.Diagnostic);
        Assert.Equal("Rendre l'offre lisible.", fiche.Objective);
        Assert.Equal("- Aligner les tarifs", fiche.OperationalObjectives);
        Assert.Equal("Familles", fiche.TargetAudience);
        Assert.Equal("Rencontres trimestrielles.", fiche.Implementation);
        Assert.Equal("Service enfance-jeunesse CCYN", fiche.Pilote);
        Assert.Equal("Mme Martin, vice-présidente", fiche.EluReferent);
        Assert.Equal("- CAF de l'Yonne", fiche.PartenairesText);
        Assert.Equal("0,5 ETP de coordination", fiche.Means);
        Assert.Equal("- Une offre harmonisée", fiche.ExpectedResults);
        Assert.Equal("- Nombre de places", fiche.IndicatorsText);
        Assert.Null(fiche.OtherInformation);
    }

    [Theory]
    [InlineData("INDICATEURS D'EVALUATION")]
    [InlineData("INDICATEURS D’ÉVALUATION")]
    [InlineData("INDICATEURS D EVALUATION")]
    [InlineData("INDICATEURS DEVALUATION")]
    [InlineData("Indicateurs d'évaluation :")]
    [InlineData("indicateur d'évaluation")]
    [InlineData("2. INDICATEURS D'EVALUATION")]
    public void The_indicators_heading_survives_lost_or_curly_apostrophes(string heading)
    {
        var parsed = FicheTextParser.Parse($"Fiche 1\nAccueil des familles\n{heading}\n- Taux de couverture");

        Assert.Equal("- Taux de couverture", parsed.Indicators);
        Assert.Equal(heading.TrimEnd(':', ' '), parsed.Sections.Single(s => s.Field == FicheSection.Indicators).Heading);
    }

    [Theory]
    [InlineData("SERVICES MOBILISES ET RESPONSABLES DE L'ACTION", FicheSection.Services)]
    [InlineData("PILOTE", FicheSection.Pilote)]
    [InlineData("Porteur de l'action", FicheSection.Pilote)]
    [InlineData("RESPONSABLE", FicheSection.Pilote)]
    [InlineData("MOYENS", FicheSection.Means)]
    [InlineData("Budget prévisionnel", FicheSection.Means)]
    [InlineData("FINANCEMENTS", FicheSection.Means)]
    [InlineData("Constat", FicheSection.Diagnostic)]
    [InlineData("ENJEUX", FicheSection.Diagnostic)]
    [InlineData("FINALITE / OBJECTIF GENERAL", FicheSection.Objective)]
    [InlineData("Objectifs", FicheSection.Objective)]
    [InlineData("PUBLICS CIBLES", FicheSection.TargetAudience)]
    [InlineData("Échéancier", FicheSection.Schedule)]
    [InlineData("CALENDRIER", FicheSection.Schedule)]
    [InlineData("RESULTATS ATTENDUS", FicheSection.ExpectedResults)]
    [InlineData("Thématique", FicheSection.Theme)]
    [InlineData("MODALITES DE MISE EN OEUVRE", FicheSection.Implementation)]
    [InlineData("CONTRAINTES ET POINTS DE VIGILANCE", FicheSection.Other)]
    public void Each_usual_heading_goes_into_its_field(string heading, FicheSection field)
    {
        var parsed = FicheTextParser.Parse($"Fiche 1\nAccueil des familles\n\n{heading}\n\nTexte de la rubrique");

        var section = Assert.Single(parsed.Sections);
        Assert.Equal(field, section.Field);
        Assert.Equal("Texte de la rubrique", section.Text);
    }

    [Theory]
    [InlineData("Public très éloigné des services, notamment les familles monoparentales")]
    [InlineData("Publics fragiles repérés par les travailleurs sociaux du Département")]
    [InlineData("Les constats partagés font apparaître :")]
    [InlineData("Partenaires institutionnels et associatifs")]
    [InlineData("Objectif atteint en partie grâce aux communes.")]
    [InlineData("Moyens limités en 2024 ; le budget a baissé.")]
    public void An_ordinary_sentence_that_starts_like_a_heading_stays_text(string sentence)
    {
        var parsed = FicheTextParser.Parse($"Fiche 1\nAccueil des familles\n\nDIAGNOSTIC\n\nPremier paragraphe.\n\n{sentence}\n\nDernier paragraphe.");

        var section = Assert.Single(parsed.Sections);
        Assert.Equal(FicheSection.Diagnostic, section.Field);
        Assert.Equal(["Premier paragraphe.", sentence, "Dernier paragraphe."], section.Text.Split('\n'));
    }

    [Fact]
    public void Bullets_of_every_shape_and_numbered_items_stay_lists()
    {
        var text = "Fiche 2\r\nAccueil des familles\r\nOBJECTIFS OPERATIONNELS\r\n•\tPremier\r\n▪ Deuxième\r\n* Troisième\r\n– Quatrième\r\n\uF0B7\tCinquième\r\no Sixième\r\n"
            + "RESULTATS ATTENDUS\r\n1) Un\r\n2 - Deux\r\n3. Trois\r\na) Lettre\r\n";

        var parsed = FicheTextParser.Parse(text);

        Assert.Equal("- Premier\n- Deuxième\n- Troisième\n- Quatrième\n- Cinquième\n- Sixième", parsed.OperationalObjectives);
        Assert.Equal("1. Un\n2. Deux\n3. Trois\na) Lettre", parsed.ExpectedResults);
        var blocks = TextLayout.Parse(parsed.ExpectedResults);
        Assert.All(blocks, b => Assert.Equal(TextBlockKind.Numbered, b.Kind));
    }

    [Fact]
    public void Wrapped_lines_are_joined_and_merged_bullets_split()
    {
        var text = """
            Fiche 4
            Un intitulé long qui a été coupé
            en deux lignes par le copier-coller

            DIAGNOSTIC
            Le territoire compte 24 communes et
            une offre d'accueil inégale.
            - Une première difficulté qui se
              poursuit ici ;
            - Une seconde.
            RESULTATS ATTENDUS
            • Plus de places • Moins d'attente ▪ Des familles informées
            """;

        var parsed = FicheTextParser.Parse(text);

        Assert.Equal("Un intitulé long qui a été coupé en deux lignes par le copier-coller", parsed.Title);
        Assert.Equal("Le territoire compte 24 communes et une offre d'accueil inégale.\n- Une première difficulté qui se poursuit ici ;\n- Une seconde.", parsed.Diagnostic);
        Assert.Equal("- Plus de places\n- Moins d'attente\n- Des familles informées", parsed.ExpectedResults);
    }

    [Fact]
    public void Tabs_and_non_breaking_spaces_do_not_hide_a_heading()
    {
        var parsed = FicheTextParser.Parse("Fiche\u00A0n°\u00A06\nAccueil des familles\n\t PUBLIC\u00A0CIBLE\u00A0:\t\nLes  familles\u00A0 du territoire");

        Assert.Equal("6", parsed.Number);
        Assert.Equal("Les familles du territoire", parsed.TargetAudience);
    }

    [Fact]
    public void An_unknown_section_is_kept_with_its_heading_in_other_information()
    {
        var text = """
            AXE 2 – PARENTALITE
            Fiche action 5
            Créer un LAEP itinérant
            OBJECTIF GENERAL
            Rompre l'isolement.
            CONTRAINTES ET RISQUES
            Local à trouver.
            - Mobilité des familles
            ARTICULATION AVEC LE PROJET SOCIAL DU CENTRE
            Voir le projet 2024-2027.
            """;

        var parsed = FicheTextParser.Parse(text);
        var fiche = parsed.ToCommand();

        Assert.Equal("5", fiche.Number);
        Assert.Equal("Rompre l'isolement.", fiche.Objective);
        Assert.Equal(["AXE 2 – PARENTALITE", "CONTRAINTES ET RISQUES", "ARTICULATION AVEC LE PROJET SOCIAL DU CENTRE"], parsed.OtherSections.Select(s => s.Heading));
        Assert.Equal("AXE 2 – PARENTALITE\n\nCONTRAINTES ET RISQUES\nLocal à trouver.\n- Mobilité des familles\n\nARTICULATION AVEC LE PROJET SOCIAL DU CENTRE\nVoir le projet 2024-2027.", fiche.OtherInformation);
        Assert.Contains(parsed.Warnings, w => w.Contains("« CONTRAINTES ET RISQUES »"));
    }

    [Fact]
    public void Two_sections_of_one_field_are_put_end_to_end_under_their_headings()
    {
        var parsed = FicheTextParser.Parse("Fiche 9\nAccueil des familles\nCONSTAT\nPeu de places.\nENJEUX\nGarder les familles.\nBUDGET\n12 000 €\nFINANCEMENTS\n- CAF : 6 000 €");

        Assert.Equal("Peu de places.\nENJEUX : Garder les familles.", parsed.Diagnostic);
        Assert.Equal("12 000 €\nFINANCEMENTS :\n- CAF : 6 000 €", parsed.Means);
        Assert.Contains(parsed.Warnings, w => w.Contains("Diagnostic initial / enjeux"));
    }

    [Fact]
    public void A_heading_with_its_text_on_the_same_line_keeps_a_qualifier()
    {
        var parsed = FicheTextParser.Parse("Fiche 10\nAccueil des familles\nPorteur : CCYN\nMoyens humains : 0,5 ETP\nBudget : 3 000 €");

        Assert.Equal("CCYN", parsed.Pilote);
        Assert.Equal("0,5 ETP\nBudget : 3 000 €", parsed.Means);
        Assert.Equal(["Porteur", "Moyens humains", "Budget"], parsed.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void A_long_pilote_text_goes_to_services_rather_than_being_cut()
    {
        var pilote = string.Join("\n", Enumerable.Range(1, 12).Select(i => $"- Service numéro {i} de la communauté de communes"));
        var fiche = FicheTextParser.Parse($"Fiche 11\nAccueil des familles\nPILOTE\n{pilote}\nSERVICES\nAccueil").ToCommand();

        Assert.Null(fiche.Pilote);
        Assert.Equal(pilote + "\nAccueil", fiche.Services);
    }

    [Fact]
    public void Numbered_lines_without_sub_items_stay_a_list_in_the_modalites()
    {
        var fiche = FicheTextParser.Parse("Fiche 12\nAccueil des familles\nMODALITES DE MISE EN OEUVRE\nTrois temps :\n1. Recruter\n2. Former\n3. Évaluer").ToCommand();

        Assert.Empty(fiche.Missions);
        Assert.Equal("Trois temps :\n1. Recruter\n2. Former\n3. Évaluer", fiche.Implementation);
    }

    [Fact]
    public void Missions_keep_their_description_and_text_after_them_returns_to_the_modalites()
    {
        var text = """
            Fiche 13
            Accueil des familles
            MISE EN ŒUVRE
            Deux missions :
            Mission 1 : Recenser l'offre
            Un inventaire commune par commune.
            - Enquête auprès des mairies
            - Carte des équipements
            2) Animer le réseau
            • Réunions trimestrielles
            Un bilan est présenté au COPIL.
            """;

        var fiche = FicheTextParser.Parse(text).ToCommand();

        Assert.Equal(["Recenser l'offre", "Animer le réseau"], fiche.Missions.Select(m => m.Title));
        Assert.Equal("Un inventaire commune par commune.\nEnquête auprès des mairies\nCarte des équipements", fiche.Missions[0].Items);
        Assert.Equal("Réunions trimestrielles", fiche.Missions[1].Items);
        Assert.Equal("Deux missions :\nUn bilan est présenté au COPIL.", fiche.Implementation);
    }

    [Fact]
    public void Dated_lines_of_the_schedule_become_jalons_and_the_last_one_the_deadline()
    {
        var fiche = FicheTextParser.Parse("Fiche 14\nAccueil des familles\nCALENDRIER\n- 15/01/2026 : lancement du groupe de travail\n- Bilan au COPIL le 30/06/2026\n- Ensuite selon les besoins").ToCommand();

        Assert.Equal([("lancement du groupe de travail", new DateOnly(2026, 1, 15)), ("Bilan au COPIL", new DateOnly(2026, 6, 30))],
            fiche.Jalons.Select(j => (j.Title!, j.DueOn!.Value)));
        Assert.Equal(new DateOnly(2026, 6, 30), fiche.Deadline);
        Assert.Equal("CALENDRIER :\n- 15/01/2026 : lancement du groupe de travail\n- Bilan au COPIL le 30/06/2026\n- Ensuite selon les besoins", fiche.Implementation);
    }

    [Fact]
    public void Without_a_fiche_line_the_first_line_is_the_title_and_a_warning_asks_for_the_number()
    {
        var parsed = FicheTextParser.Parse("Soutenir la parentalité\n\nOBJECTIF GENERAL\nAccompagner les parents.");

        Assert.Null(parsed.Number);
        Assert.Equal("Soutenir la parentalité", parsed.Title);
        Assert.True(parsed.Recognised);
        Assert.Contains(parsed.Warnings, w => w.StartsWith("Le numéro de la fiche n'a pas été trouvé", StringComparison.Ordinal));
        Assert.Null(parsed.ToCommand().OtherInformation);
    }

    [Theory]
    [InlineData("%%%% ¤¤¤ lorem ipsum\n12 34 56\n")]
    [InlineData("Bonjour,\nVoici le compte rendu de la réunion de mardi.\nCordialement.")]
    [InlineData("Nom;Prénom;Courriel\nMartin;Léa;lea@exemple.fr")]
    public void Text_with_nothing_of_a_fiche_is_not_recognised(string text)
    {
        Assert.False(FicheTextParser.Parse(text).Recognised);
    }
}
