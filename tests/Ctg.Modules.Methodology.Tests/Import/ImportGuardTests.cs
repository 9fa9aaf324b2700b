using System.Text;
using Ctg.Modules.Methodology.Import;
using Xunit;

namespace Ctg.Modules.Methodology.Tests.Import;

public class ImportGuardTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \r\n\t \u00A0\n")]
    [InlineData("\uFEFF")]
    public void Empty_text_is_refused(string? text)
    {
        Assert.Equal(ImportGuard.Empty, ImportGuard.CheckText(text).Error);
    }

    [Fact]
    public void Text_with_a_zero_character_or_full_of_control_characters_is_binary()
    {
        Assert.Equal(ImportGuard.Binary, ImportGuard.CheckText("FICHE ACTION 1\0\0").Error);
        var controls = string.Concat(Enumerable.Range(0, 100).Select(i => $"ab{(char)(1 + i % 7)}"));
        Assert.Equal(ImportGuard.Binary, ImportGuard.CheckText(controls).Error);
    }

    [Fact]
    public void A_stray_control_character_in_a_real_text_is_tolerated()
    {
        var text = "FICHE ACTION 1\n" + new string('x', 500) + "\u0007\n";
        Assert.Equal(text, ImportGuard.CheckText(text).Text);
    }

    [Fact]
    public void Text_over_a_megabyte_is_refused()
    {
        Assert.Equal(ImportGuard.TooLongText, ImportGuard.CheckText(new string('a', ImportGuard.MaxTextChars + 1)).Error);
        Assert.Null(ImportGuard.CheckText(new string('a', ImportGuard.MaxTextChars)).Error);
    }

    [Fact]
    public void A_file_over_ten_megabytes_is_refused_before_being_read()
    {
        Assert.Equal(ImportGuard.TooLargeFile, ImportGuard.ReadFile("fiche.txt", new byte[ImportGuard.MaxFileBytes + 1]).Error);
    }

    [Fact]
    public void Utf8_with_or_without_bom_and_windows_1252_text_files_are_decoded()
    {
        var utf8 = ImportGuard.ReadFile("fiche.txt", Encoding.UTF8.GetBytes("Élu référent : Mme Lefèvre"));
        var bom = ImportGuard.ReadFile("fiche.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Échéances")]);
        var windows = ImportGuard.ReadFile("fiche.txt", CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("Élu référent : M. Noël – œuvre"));

        Assert.Equal("Élu référent : Mme Lefèvre", utf8.Text);
        Assert.Equal("Échéances", bom.Text);
        Assert.Equal("Élu référent : M. Noël – œuvre", windows.Text);
    }

    [Theory]
    [InlineData("fiche.doc", ImportGuard.OldWord)]
    [InlineData("fiche.pdf", ImportGuard.Pdf)]
    [InlineData("fiche.odt", ImportGuard.OtherFormat)]
    public void Formats_that_are_not_read_get_a_message_saying_what_to_do(string name, string message)
    {
        Assert.Equal(message, ImportGuard.ReadFile(name, "du contenu"u8.ToArray()).Error);
    }

    [Fact]
    public void A_pdf_or_an_old_word_file_is_recognised_by_its_content_whatever_its_name()
    {
        Assert.Equal(ImportGuard.Pdf, ImportGuard.ReadFile("fiche.txt", "%PDF-1.7\n..."u8.ToArray()).Error);
        Assert.Equal(ImportGuard.OldWord, ImportGuard.ReadFile("fiche", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).Error);
    }

    [Fact]
    public void Binary_content_under_a_text_name_is_refused()
    {
        var bytes = Enumerable.Range(0, 3000).Select(i => (byte)(i * 7 % 256)).ToArray();

        Assert.Equal(ImportGuard.Binary, ImportGuard.ReadFile("fiche.txt", bytes).Error);
        Assert.Equal(ImportGuard.Binary, ImportGuard.ReadFile("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).Error);
    }

    [Fact]
    public void An_empty_file_is_empty()
    {
        Assert.Equal(ImportGuard.Empty, ImportGuard.ReadFile("fiche.txt", []).Error);
    }
}
