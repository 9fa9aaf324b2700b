using Ctg.Modules.Governance.Seances;
using Xunit;

namespace Ctg.Modules.Governance.Tests.Seances;

public class MinutesSanitizerTests
{
    [Fact]
    public void Scripts_event_handlers_and_styles_are_removed()
    {
        var clean = MinutesSanitizer.Sanitize(
            "<p onclick=\"alert(1)\" style=\"color:red\">Bilan</p><script>alert('x')</script><img src=x onerror=alert(1)><style>p{}</style>")!;

        Assert.Equal("<p>Bilan</p>", clean);
    }

    [Fact]
    public void The_allowed_formatting_is_kept()
    {
        const string html = "<h3>Point 1</h3><p><strong>Validé</strong> et <em>diffusé</em><br>ensuite</p><ol><li>un</li></ol><ul><li>deux</li></ul><h4>Détail</h4>";

        Assert.Equal(html, MinutesSanitizer.Sanitize(html));
    }

    [Theory]
    [InlineData("<a href=\"https://caf.fr\">CAF</a>", true)]
    [InlineData("<a href=\"mailto:ctg@exemple.fr\">écrire</a>", true)]
    [InlineData("<a href=\"javascript:alert(1)\">piège</a>", false)]
    [InlineData("<a href=\"data:text/html,x\">piège</a>", false)]
    public void Only_web_and_mail_links_keep_their_address(string html, bool kept)
    {
        var clean = MinutesSanitizer.Sanitize($"<p>{html}</p>")!;

        Assert.Equal(kept, clean.Contains("href", StringComparison.Ordinal));
        Assert.DoesNotContain("javascript", clean);
    }

    [Fact]
    public void Tables_keep_their_cells()
    {
        var clean = MinutesSanitizer.Sanitize("<table><tr><th scope=\"col\">Action</th></tr><tr><td>RPE</td></tr></table>")!;

        Assert.Contains("<th scope=\"col\">Action</th>", clean);
        Assert.Contains("<td>RPE</td>", clean);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("<script>alert(1)</script>")]
    public void Nothing_left_is_stored_as_no_minutes(string? html) => Assert.Null(MinutesSanitizer.Sanitize(html));
}
