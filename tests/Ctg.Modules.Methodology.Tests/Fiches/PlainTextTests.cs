using Ctg.Modules.Methodology.Fiches;
using Xunit;

namespace Ctg.Modules.Methodology.Tests.Fiches;

public class PlainTextTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("<p> </p>")]
    public void An_empty_text_is_no_text(string? text) => Assert.Null(PlainText.Clean(text));

    [Fact]
    public void A_text_is_trimmed_but_keeps_its_lines()
    {
        Assert.Equal("Constats :\n- un\n- deux", PlainText.Clean("  Constats :  \r\n- un\r\n- deux \n\n"));
    }

    [Fact]
    public void Markup_pasted_from_a_page_leaves_its_text_and_its_lines()
    {
        var cleaned = PlainText.Clean("<p>Renforcer <b>la gouvernance</b></p><ul><li>COPIL</li><li>COTECH</li></ul>Fin<br>ligne");
        Assert.Equal("Renforcer la gouvernance\nCOPIL\nCOTECH\nFin\nligne", cleaned);
    }

    [Fact]
    public void Scripts_and_styles_go_with_their_content()
    {
        Assert.Equal("Bonjour", PlainText.Clean("<script>alert('x')</script>Bonjour<style>p{color:red}</style>"));
        Assert.Equal("Image", PlainText.Clean("<img src=x onerror=alert(1)>Image"));
    }

    [Fact]
    public void Entities_are_decoded_and_encoded_markup_is_stripped_too()
    {
        Assert.Equal("Accueil & loisirs « ALSH »", PlainText.Clean("Accueil &amp; loisirs &laquo;&nbsp;ALSH&nbsp;&raquo;")?.Replace('\u00A0', ' '));
        Assert.Equal("gras", PlainText.Clean("&lt;b&gt;gras&lt;/b&gt;"));
    }

    [Theory]
    [InlineData("Enfants de 3 < 6 ans")]
    [InlineData("R&D, 2 > 1")]
    [InlineData("l'accès aux droits")]
    public void Plain_text_with_signs_stays_as_typed(string text) => Assert.Equal(text, PlainText.Clean(text));

    [Fact]
    public void A_line_has_no_line_breaks()
    {
        Assert.Equal("Fiche 17 titre", PlainText.Line("Fiche 17\n  titre"));
    }

    [Fact]
    public void Characters_no_document_can_hold_are_removed_and_emoji_and_tabs_are_kept()
    {
        Assert.Equal("Bilan\tannuel 👍\nsuite", PlainText.Clean("Bi\u0001lan\tannuel 👍\uFFFF\nsu\uD800ite\u000B"));
    }
}
