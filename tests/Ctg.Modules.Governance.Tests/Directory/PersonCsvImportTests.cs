using Ctg.Modules.Governance.Directory;
using Ctg.Modules.Governance.Domain;
using Xunit;

namespace Ctg.Modules.Governance.Tests.Directory;

public class PersonCsvImportTests
{
    private static readonly Guid Caf = Guid.NewGuid();
    private static readonly Guid Sergines = Guid.NewGuid();

    private static readonly DirectorySnapshot Yonne = new(
        [
            new ExistingOrganisation(Caf, "CAF de l'Yonne", OrganisationType.Caf),
            new ExistingOrganisation(Sergines, "Sergines", OrganisationType.Commune),
        ],
        ["deja.la@caf89.fr"]);

    private static ImportPreview Parse(string text) => PersonCsvImport.Parse(text, Yonne);

    private static string Errors(ImportPreview preview) => string.Join(" | ", preview.Errors.Select(e => e.Text));

    [Fact]
    public void A_semicolon_file_from_a_french_spreadsheet_gives_its_persons_with_their_organisation()
    {
        var preview = Parse("""
            Nom;Prénom;Fonction;Organisation;Type d'organisation;Courriel;Téléphone;Thématiques
            Lefèvre;Anne;Conseillère territoriale;CAF de l'Yonne;;anne.lefevre@caf89.fr;03 86 00 00 01;"petite enfance; parentalité"
            """);

        Assert.True(preview.CanSave, Errors(preview));
        Assert.Equal(';', preview.Separator);
        var anne = Assert.Single(preview.Persons);
        Assert.Equal(("Anne", "Lefèvre", "Conseillère territoriale"), (anne.FirstName, anne.LastName, anne.Function));
        Assert.Equal(Caf, anne.OrganisationId);
        Assert.Equal("anne.lefevre@caf89.fr", anne.Email);
        Assert.Equal("03 86 00 00 01", anne.Phone);
        Assert.Equal(2, anne.Line);
        Assert.Equal("petite enfance; parentalité", anne.Interests);
        Assert.Empty(preview.NewOrganisations);
    }

    [Fact]
    public void A_comma_file_with_quoted_values_and_headers_in_another_order_and_spelling_is_read()
    {
        var preview = Parse(""""
            E-mail,Prenom,NOM,Organisation,Fonction,Intérêts
            paul.roy@sergines.fr,Paul,Roy,"Commune de Sergines","Adjoint au maire, chargé de la jeunesse","jeunesse; ""loisirs"""
            """");

        Assert.True(preview.CanSave, Errors(preview));
        Assert.Equal(',', preview.Separator);
        var paul = Assert.Single(preview.Persons);
        Assert.Equal("Adjoint au maire, chargé de la jeunesse", paul.Function);
        Assert.Equal(Sergines, paul.OrganisationId);
        Assert.Equal("Sergines", paul.OrganisationName);
        Assert.Equal("jeunesse; \"loisirs\"", paul.Interests);
    }

    [Fact]
    public void A_bad_email_is_named_with_its_line_and_column_and_nothing_can_be_saved()
    {
        var preview = Parse("""
            Nom;Prénom;Courriel
            Martin;Léa;lea.martin@pont-sur-yonne.fr

            Durand;Jean;jean@
            """);

        Assert.False(preview.CanSave);
        var error = Assert.Single(preview.Errors);
        Assert.Equal(4, error.Line);
        Assert.Equal("Courriel", error.Column);
        Assert.Equal("Ligne 4, colonne Courriel : « jean@ » n'est pas une adresse valide.", error.Text);
        Assert.Single(preview.Persons);
    }

    [Fact]
    public void The_column_is_named_as_the_file_names_it()
    {
        var preview = Parse("Nom;Prénom;Adresse mail\nMartin;Léa;pas-une-adresse\n");

        Assert.Equal("Adresse mail", Assert.Single(preview.Errors).Column);
    }

    [Fact]
    public void An_email_already_in_the_directory_or_twice_in_the_file_is_an_error_of_that_line()
    {
        var preview = Parse("""
            Nom;Prénom;Courriel
            Dupont;Marc;Deja.La@caf89.fr
            Roux;Inès;ines.roux@msa.fr
            Roux;Inès bis;INES.ROUX@msa.fr
            """);

        Assert.Equal(
            [(2, "Courriel"), (4, "Courriel")],
            preview.Errors.Select(e => (e.Line!.Value, e.Column!)).ToArray());
        Assert.Contains("déjà l'adresse d'une personne de l'annuaire", preview.Errors[0].Message);
        Assert.Contains("figure déjà ligne 3", preview.Errors[1].Message);
    }

    [Fact]
    public void Missing_names_are_errors_and_a_missing_name_column_is_reported_on_the_header()
    {
        var emptyName = Parse("Nom;Prénom\n;Jeanne\n");
        Assert.Equal("Ligne 2, colonne Nom : le nom est obligatoire.", Assert.Single(emptyName.Errors).Text);

        var noFirstName = Parse("Nom;Fonction\nMartin;Maire\n");
        var error = Assert.Single(noFirstName.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("« Prénom » est absente", error.Message);
        Assert.False(noFirstName.CanSave);
    }

    [Fact]
    public void Optional_columns_may_be_missing_and_extra_columns_are_ignored_and_said_so()
    {
        var preview = Parse("Prénom;Nom;Commentaire\nLéa;Martin;à rappeler\n");

        Assert.True(preview.CanSave, Errors(preview));
        var lea = Assert.Single(preview.Persons);
        Assert.Null(lea.Email);
        Assert.Null(lea.OrganisationName);
        Assert.Equal(["Commentaire"], preview.IgnoredColumns);
    }

    [Fact]
    public void An_unknown_organisation_is_created_when_its_type_is_given_once_for_all_its_lines()
    {
        var preview = Parse("""
            Nom;Prénom;Organisation;Type d'organisation
            Blanc;Luc;Centre social Les Tilleuls;association
            Noir;Eva;centre social les tilleuls;
            Vert;Théo;MSA Bourgogne;MSA
            """);

        Assert.True(preview.CanSave, Errors(preview));
        Assert.Equal(
            [("Centre social Les Tilleuls", OrganisationType.Association), ("MSA Bourgogne", OrganisationType.Msa)],
            preview.NewOrganisations.Select(o => (o.Name, o.Type)).ToArray());
        Assert.All(preview.Persons, p => Assert.True(p.NewOrganisation));
        Assert.Equal("Centre social Les Tilleuls", preview.Persons[1].OrganisationName);
    }

    [Fact]
    public void An_unknown_organisation_without_a_type_or_with_an_unknown_type_is_an_error()
    {
        var preview = Parse("""
            Nom;Prénom;Organisation;Type d'organisation
            Blanc;Luc;Association Familles rurales;
            Noir;Eva;Le Bon Coin;Boulangerie
            """);

        Assert.Equal(2, preview.Errors.Count);
        Assert.Equal((2, "Organisation"), (preview.Errors[0].Line!.Value, preview.Errors[0].Column!));
        Assert.Contains("indiquez son type", preview.Errors[0].Message);
        Assert.Equal((3, "Type d'organisation"), (preview.Errors[1].Line!.Value, preview.Errors[1].Column!));
        Assert.Contains("« Boulangerie » n'est pas un type d'organisation connu", preview.Errors[1].Message);
        Assert.Empty(preview.NewOrganisations);
    }

    [Fact]
    public void Empty_lines_are_skipped_and_line_numbers_stay_those_of_the_file()
    {
        var preview = Parse("\r\nNom;Prénom\r\n\r\n;;\r\nMartin;Léa\r\n\r\n");

        var lea = Assert.Single(preview.Persons);
        Assert.Equal(5, lea.Line);
    }

    [Fact]
    public void A_value_over_several_lines_keeps_the_numbering_of_the_next_lines()
    {
        var preview = Parse("Nom;Prénom;Fonction\nMartin;Léa;\"Directrice\ndu multi-accueil\"\nRoy;Paul;x\nDurand;;y\n");

        Assert.Equal("Directrice du multi-accueil", preview.Persons[0].Function);
        // The value spans lines 2 and 3 of the file: Roy is on line 4, Durand on line 5.
        Assert.Equal(4, preview.Persons[1].Line);
        Assert.Equal(5, Assert.Single(preview.Errors).Line);
    }

    [Fact]
    public void A_quote_never_closed_is_reported_on_the_line_where_it_opens()
    {
        var preview = Parse("Nom;Prénom;Fonction\nMartin;Léa;ok\nRoy;Paul;\"Adjoint\nDurand;Jean;x\n");

        var error = Assert.Single(preview.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("guillemet", error.Message);
        Assert.False(preview.CanSave);
    }

    [Fact]
    public void A_line_with_more_values_than_columns_points_at_an_unquoted_separator()
    {
        var preview = Parse("Nom,Prénom,Fonction\nMartin,Léa,Adjointe, chargée de l'enfance\n");

        var error = Assert.Single(preview.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("4 valeurs pour 3 colonnes", error.Message);
    }

    [Fact]
    public void Lengths_and_phones_are_checked()
    {
        var preview = Parse($"Nom;Prénom;Téléphone\n{new string('a', 101)};Léa;03 86\nRoy;Paul;appeler le matin\n");

        Assert.Equal(
            ["Ligne 2, colonne Nom : la valeur dépasse 100 caractères (101).",
             "Ligne 2, colonne Téléphone : « 03 86 » n'est pas un numéro de téléphone valide.",
             "Ligne 3, colonne Téléphone : « appeler le matin » n'est pas un numéro de téléphone valide."],
            preview.Errors.Select(e => e.Text).ToArray());
    }

    [Fact]
    public void A_text_without_any_known_column_is_refused_with_the_expected_headers()
    {
        var preview = Parse("lorem ipsum dolor sit amet\nconsectetur adipiscing elit\n");

        var error = Assert.Single(preview.Errors);
        Assert.Null(error.Line);
        Assert.Contains("La première ligne doit nommer les colonnes (Nom ; Prénom", error.Text);
        Assert.Empty(preview.Persons);
    }

    [Fact]
    public void A_header_alone_or_an_empty_text_gives_nothing_to_save()
    {
        Assert.Contains("aucune personne à importer", Errors(Parse("Nom;Prénom\n\n")));
        Assert.Equal(CsvText.Empty, Errors(Parse("  \r\n ")));
        Assert.False(Parse("").CanSave);
    }

    [Fact]
    public void More_than_five_thousand_lines_are_refused()
    {
        var text = "Nom;Prénom\n" + string.Concat(Enumerable.Range(0, CsvText.MaxLines + 1).Select(i => $"Nom{i};Prénom{i}\n"));

        var preview = Parse(text);

        Assert.Equal(CsvText.TooLarge, Errors(preview));
        Assert.Empty(preview.Persons);
    }

    [Fact]
    public void Five_thousand_lines_are_accepted()
    {
        var text = "Nom;Prénom;Courriel\n" + string.Concat(Enumerable.Range(0, CsvText.MaxLines).Select(i => $"Nom{i};Prénom{i};p{i}@essai.fr\n"));

        Assert.Equal(CsvText.MaxLines, Parse(text).Persons.Count);
    }

    [Fact]
    public void A_duplicate_column_is_an_error_of_the_header()
    {
        var preview = Parse("Nom;Prénom;Mail;Courriel\nMartin;Léa;a@b.fr;c@d.fr\n");

        var error = Assert.Single(preview.Errors);
        Assert.Equal((1, "Courriel"), (error.Line!.Value, error.Column!));
    }

    [Theory]
    [InlineData("Nom;Prénom\nA;B", ';')]
    [InlineData("Nom,Prénom\nA,B", ',')]
    [InlineData("Nom\tPrénom\nA\tB", '\t')]
    [InlineData("\"Nom;x\",Prénom,Courriel\nA,B,c@d.fr", ',')]
    [InlineData("Nom\nA", ';')]
    public void The_separator_is_the_one_the_header_uses_outside_quotes(string text, char expected)
    {
        Assert.Equal(expected, PersonCsvImport.DetectSeparator(text));
    }
}
