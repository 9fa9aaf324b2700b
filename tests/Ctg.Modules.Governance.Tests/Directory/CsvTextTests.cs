using System.Text;
using Ctg.Modules.Governance.Directory;
using Ctg.Modules.Governance.Domain;
using Xunit;

namespace Ctg.Modules.Governance.Tests.Directory;

public class CsvTextTests
{
    private const string Sample = "Nom;Prénom;Fonction\nLefèvre;Anne;Chargée de coopération — CTG\n";

    private static Encoding Windows1252 => CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Fact]
    public void Utf8_without_bom_keeps_its_accents()
    {
        Assert.Equal(Sample, CsvText.Decode(Encoding.UTF8.GetBytes(Sample)).Text);
    }

    [Fact]
    public void Utf8_with_bom_loses_the_bom_and_the_header_is_still_recognised()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Sample)).ToArray();

        var text = CsvText.Decode(bytes).Text!;

        Assert.Equal(Sample, text);
        Assert.True(PersonCsvImport.Parse(text, DirectorySnapshot.Empty).CanSave);
    }

    [Fact]
    public void A_windows_1252_file_from_excel_keeps_its_accents()
    {
        var bytes = Windows1252.GetBytes(Sample);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));

        var text = CsvText.Decode(bytes).Text!;

        Assert.Equal(Sample, text);
        Assert.Equal("Lefèvre", PersonCsvImport.Parse(text, DirectorySnapshot.Empty).Persons[0].LastName);
    }

    [Fact]
    public void Utf16_with_bom_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Sample)).ToArray();

        Assert.Equal(Sample, CsvText.Decode(bytes).Text);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00 })] // a .xlsx (zip) file
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 })] // a PNG image
    public void Binary_files_are_refused(byte[] start)
    {
        var bytes = start.Concat(Enumerable.Range(0, 500).Select(i => (byte)(i * 7 % 256))).ToArray();

        var decoded = CsvText.Decode(bytes);

        Assert.Null(decoded.Text);
        Assert.Equal(CsvText.Binary, decoded.Error);
        Assert.Equal(CsvText.Binary, PersonCsvImport.Parse("Nom;Prénom\n\u0001\u0002\u0003\u0004", DirectorySnapshot.Empty).Errors.Single().Text);
    }

    [Fact]
    public void Empty_and_too_large_inputs_are_refused_with_a_french_message()
    {
        Assert.Equal(CsvText.Empty, CsvText.Decode([]).Error);
        Assert.Equal(CsvText.Empty, CsvText.Check("\r\n  \r\n").Error);
        Assert.Equal(CsvText.TooLarge, CsvText.Decode(new byte[CsvText.MaxBytes + 1]).Error);
        Assert.Equal(CsvText.TooLarge, CsvText.Check("Nom;Prénom\n" + new string('a', CsvText.MaxBytes)).Error);
    }

    [Fact]
    public void A_stray_control_character_in_a_real_export_is_not_binary()
    {
        var text = "Nom;Prénom\n" + string.Concat(Enumerable.Repeat("Martin;Léa\n", 20)) + "Roy;Paul\u000B\n";

        Assert.Null(CsvText.Check(text).Error);
    }

    [Theory]
    [InlineData("jean@", false)]
    [InlineData("jean.dupont@commune", false)]
    [InlineData("jean dupont@commune.fr", false)]
    [InlineData("jean.dupont@pont-sur-yonne.fr", true)]
    [InlineData("J.Dupont+ctg@caf89.cnafmail.fr", true)]
    public void Emails_are_checked_the_same_way_in_forms_and_imports(string email, bool valid)
    {
        Assert.Equal(valid, DirectoryRules.IsEmail(email));
    }

    [Fact]
    public void Organisation_names_match_whatever_the_case_accents_spaces_and_apostrophes()
    {
        Assert.Equal(DirectoryRules.NameKey("CAF de l'Yonne"), DirectoryRules.NameKey("  caf  de l’YONNE "));
        Assert.Equal(DirectoryRules.NameKey("Département de l'Yonne"), DirectoryRules.NameKey("Departement de l'Yonne"));
        Assert.NotEqual(DirectoryRules.NameKey("Sergines"), DirectoryRules.NameKey("Serbonnes"));
    }

    [Fact]
    public void Interests_are_stored_separated_by_semicolons_without_duplicates()
    {
        Assert.Equal("petite enfance; parentalité", DirectoryRules.CleanInterests(" petite  enfance ;parentalité;; Petite enfance | "));
        Assert.Null(DirectoryRules.CleanInterests(" ; "));
    }

    [Fact]
    public void Types_are_read_as_people_type_them()
    {
        Assert.Equal(OrganisationType.Departement, OrganisationTypes.Parse("departement"));
        Assert.Equal(OrganisationType.Epci, OrganisationTypes.Parse("Intercommunalité (EPCI)"));
    }
}
