using System.Xml;
using Xunit;

namespace Ctg.Sdk.Tests;

public class UserTextTests
{
    [Theory]
    [InlineData("Comité\vde pilotage", "Comité\nde pilotage")]
    [InlineData("Page 1\fPage 2", "Page 1\nPage 2")]
    [InlineData("un\r\ndeux\rtrois\nquatre", "un\ndeux\ntrois\nquatre")]
    [InlineData("un\u0085deux\u2028trois\u2029quatre", "un\ndeux\ntrois\nquatre")]
    public void Line_breaks_of_every_origin_become_line_feeds(string typed, string kept) =>
        Assert.Equal(kept, UserText.Clean(typed));

    [Theory]
    [InlineData("Bi\u0000lan\u0001 \u0008an\u001Fnuel\u007F", "Bilan annuel")]
    [InlineData("Ré\u0080u\u009Fnion", "Réunion")]
    [InlineData("Fin\uFFFE\uFFFF", "Fin")]
    [InlineData("Ré\uFDD0union", "Réunion")]
    [InlineData("hors plan \U0001FFFF", "hors plan")]
    public void Control_characters_non_characters_and_lone_surrogates_are_removed(string typed, string kept) =>
        Assert.Equal(kept, UserText.Clean(typed));

    [Fact]
    public void Lone_surrogates_are_removed_and_pairs_kept()
    {
        // Not as theory data: the test runner would turn a lone surrogate into U+FFFD before the test sees it.
        Assert.Equal("seul et perdus 𝔸", UserText.Clean("seul\uD800 et\uDC00 perdus \uD835\uDD38\uDBFF"));
    }

    [Fact]
    public void Tabs_emoji_and_letters_of_every_language_stay()
    {
        const string text = "Bilan\tannuel 👍 — « Œuvre » 日本語 𝔸";
        Assert.Same(text, UserText.Clean(text));
    }

    [Theory]
    [InlineData("  Comité de pilotage \t ", "Comité de pilotage")]
    [InlineData("\v\n\n  Texte\n", "Texte")]
    [InlineData("\v\n  Texte\n  suite", "  Texte\n  suite")]
    [InlineData("   \n\t\v ", "")]
    public void A_text_is_trimmed_at_the_end_and_of_its_blank_lines_at_the_start(string typed, string kept) =>
        Assert.Equal(kept, UserText.Clean(typed));

    [Fact]
    public void An_indented_outline_keeps_the_indentation_of_its_first_line()
    {
        Assert.Equal("  Axe 1\n    Enjeu 1.1\n  Axe 2", UserText.Clean("\r\n  Axe 1\r\n    Enjeu 1.1\r\n  Axe 2\r\n"));
    }

    [Fact]
    public void Null_stays_null() => Assert.Null(UserText.Clean(null));

    [Theory]
    [InlineData("Comité\vde pilotage", "Comité de pilotage")]
    [InlineData(" Salle\r\n\tdu conseil\u0001 ", "Salle du conseil")]
    [InlineData("Mairie\n\n\nde Sens", "Mairie de Sens")]
    public void A_line_has_one_space_for_each_run_of_breaks(string typed, string kept) =>
        Assert.Equal(kept, UserText.Line(typed));

    [Fact]
    public void A_document_keeps_what_was_stored_but_what_no_file_can_hold()
    {
        Assert.Equal(" Salle\ndu conseil\t ", UserText.ForDocument(" Salle\vdu con\u0001seil\t\uFFFF "));
        Assert.Equal(" Salle du conseil  ", UserText.ForDocument(" Salle\vdu con\u0001seil\t\uFFFF ", keepLineBreaks: false));
        Assert.Equal("", UserText.ForDocument(null));
    }

    [Fact]
    public void Every_character_of_the_basic_plane_that_a_document_keeps_can_be_written_as_xml()
    {
        var all = new string(Enumerable.Range(0, 0x10000).Select(c => (char)c).ToArray());
        foreach (var keepLineBreaks in new[] { true, false })
        {
            var safe = UserText.ForDocument(all, keepLineBreaks);
            using var writer = XmlWriter.Create(new StringWriter());
            writer.WriteElementString("t", safe);
            Assert.Contains('é', safe);
            Assert.Equal(keepLineBreaks, safe.Contains('\n'));
        }
    }
}
