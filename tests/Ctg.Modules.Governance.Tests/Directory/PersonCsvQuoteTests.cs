using System.Text;
using Ctg.Modules.Governance.Directory;
using Xunit;

namespace Ctg.Modules.Governance.Tests.Directory;

/// <summary>A quote left open in a CSV file is refused with its lines; a value really written on two lines is kept.</summary>
public class PersonCsvQuoteTests
{
    private static ImportPreview Parse(string text) => PersonCsvImport.Parse(text, DirectorySnapshot.Empty);

    private static string Errors(ImportPreview preview) => string.Join(" | ", preview.Errors.Select(e => e.Text));

    [Fact]
    public void A_stray_quote_on_every_line_is_refused_line_by_line_instead_of_making_persons_named_with_two_lines()
    {
        var csv = new StringBuilder("Nom;Prénom;Courriel\n");
        for (var i = 0; i < 30; i++)
        {
            csv.Append($"\"Martin{i};Léa;lea{i}@sergines.fr\n");
        }

        var preview = Parse(csv.ToString());

        Assert.False(preview.CanSave);
        Assert.DoesNotContain(preview.Persons, p => p.LastName.Contains("Martin", StringComparison.Ordinal) && p.LastName.Contains(';'));
        Assert.Equal(Enumerable.Range(0, 15).Select(i => (int?)(2 + 2 * i)), preview.Errors.Select(e => e.Line));
        Assert.Equal(
            "Ligne 2 : un guillemet ouvert ligne 2 ne se ferme que ligne 3, au milieu d'une valeur. Un guillemet manque ou est en trop : corrigez-le dans votre tableur, puis recommencez.",
            preview.Errors[0].Text);
    }

    [Fact]
    public void A_name_over_two_lines_is_refused_with_the_lines_it_spans()
    {
        var preview = Parse("Nom;Prénom;Fonction\nRoy;Paul;x\n\"Martin;Léa;y\nDurand\";Jean;z\n");

        var error = Assert.Single(preview.Errors);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("un guillemet ouvert ligne 3 ne se ferme que ligne 4 : la colonne « Nom » recevrait une valeur sur 2 lignes", error.Message);
        Assert.False(preview.CanSave);
    }

    [Theory]
    [InlineData("Nom;Prénom;Courriel\nRoy;Paul;\"paul@sergines.fr\n\"\n", "Courriel")]
    [InlineData("Prénom;Nom;Téléphone\n\"Paul\nPierre\";Roy;03 86 00 00 01\n", "Prénom")]
    [InlineData("Nom;Prénom;Organisation;Type\nRoy;Paul;\"Centre\nsocial\";Association\n", "Organisation")]
    public void No_single_line_column_takes_a_line_break(string csv, string column)
    {
        var preview = Parse(csv);

        var error = Assert.Single(preview.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains($"la colonne « {column} » recevrait une valeur sur 2 lignes", error.Message);
    }

    [Fact]
    public void A_quote_closed_in_the_middle_of_the_next_line_is_named_by_the_values_it_leaves()
    {
        var preview = Parse("Nom;Prénom;Fonction\nMartin;Léa;\"Adjointe\nDurand\";Jean;x\n");

        var error = Assert.Single(preview.Errors);
        Assert.Equal("Ligne 2 : un guillemet ouvert ligne 2 ne se ferme que ligne 3, et la ligne compte alors 5 valeurs pour 3 colonnes. Un guillemet manque ou est en trop : corrigez-le dans votre tableur, puis recommencez.", error.Text);
    }

    [Fact]
    public void A_function_that_swallows_a_whole_row_is_a_quote_left_open()
    {
        var preview = Parse("Nom;Prénom;Fonction\nMartin;Léa;\"Adjointe\nDurand;Jean;chargé de mission\"\nRoy;Paul;x\n");

        var error = Assert.Single(preview.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("englobe une ligne entière du tableau (« Durand;Jean;chargé de mission »)", error.Message);
        Assert.Equal(4, Assert.Single(preview.Persons).Line);
    }

    [Fact]
    public void A_function_or_interests_typed_on_two_lines_and_an_ignored_column_on_three_are_legitimate()
    {
        var preview = Parse("Nom;Prénom;Fonction;Thématiques;Remarque\r\n"
            + "Martin;Léa;\"Directrice\r\ndu multi-accueil\";\"petite enfance;\r\nparentalité\";\"vue le 3 mars\r\nà rappeler\r\nen juin\"\r\n"
            + "Roy;Paul;Adjoint;jeunesse;\r\n");

        Assert.True(preview.CanSave, Errors(preview));
        Assert.Equal("Directrice du multi-accueil", preview.Persons[0].Function);
        Assert.Equal("petite enfance; parentalité", preview.Persons[0].Interests);
        Assert.Equal(7, preview.Persons[1].Line);
    }

    [Fact]
    public void A_quote_that_reaches_the_end_of_the_file_is_reported_where_it_opens()
    {
        var preview = Parse("Nom;Prénom\nMartin;Léa\n\"Roy;Paul\nDurand;Jean\n");

        var error = Assert.Single(preview.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("guillemet", error.Message);
        Assert.False(preview.CanSave);
    }
}
