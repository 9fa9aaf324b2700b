using System.Diagnostics;
using System.Text;
using Ctg.Modules.Methodology.Import;
using Xunit;

namespace Ctg.Modules.Methodology.Tests.Import;

/// <summary>An outline past the limits the import page states is refused whole, with the line where it passes them.</summary>
public class PlanOutlineLimitsTests
{
    /// <summary>Axes of <paramref name="objectives"/> objectifs each, <paramref name="fichesPerObjective"/> fiches under each objectif.</summary>
    private static string Outline(int axes, int objectives, int fichesPerObjective)
    {
        var text = new StringBuilder();
        for (var a = 1; a <= axes; a++)
        {
            text.Append("Axe ").Append(a).Append(" – Axe numéro ").Append(a).Append('\n');
            for (var o = 1; o <= objectives; o++)
            {
                text.Append("  ").Append(a).Append('.').Append(o).Append(" Objectif ").Append(o).Append('\n');
                for (var f = 1; f <= fichesPerObjective; f++)
                {
                    // Fiche numbers have at most three digits per part: "Fiche 2.3.15".
                    text.Append("    Fiche ").Append($"{a}.{o}.{f}").Append(" : Action ").Append(f).Append('\n');
                }
            }
        }
        return text.ToString();
    }

    [Fact]
    public void Ten_thousand_lines_are_refused_at_once_with_the_limits()
    {
        var text = Outline(100, 9, 10);
        Assert.Equal(10_000, text.Count(c => c == '\n'));

        var watch = Stopwatch.StartNew();
        var outline = PlanOutlineParser.Parse(text);
        watch.Stop();

        var error = Assert.Single(outline.Errors);
        Assert.Null(error.Line);
        Assert.StartsWith("Le texte compte 10\u202F000 lignes", error.Text);
        Assert.Contains("au plus 2\u202F000 lignes", error.Text);
        Assert.False(outline.CanImport);
        Assert.Empty(outline.Roots);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"{watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void The_largest_outline_within_the_limits_is_accepted()
    {
        // 50 axes × 9 objectifs = 500 éléments, 1 000 fiches, 1 500 lignes.
        var outline = PlanOutlineParser.Parse(Outline(50, 9, 2) + string.Concat(Enumerable.Range(0, 100).Select(i => $"Fiche 99.{i} : Action libre\n")));

        Assert.Empty(outline.Errors);
        Assert.Equal(PlanOutlineParser.MaxNodes, outline.AllNodes.Count());
        Assert.Equal(PlanOutlineParser.MaxFiches, outline.AllFiches.Count());
    }

    [Fact]
    public void One_element_too_many_is_refused_at_its_line()
    {
        var outline = PlanOutlineParser.Parse(Outline(50, 9, 0) + "Axe 51 – De trop\n");

        var error = Assert.Single(outline.Errors);
        Assert.Equal(501, error.Line);
        Assert.Contains("500 éléments", error.Text);
        Assert.False(outline.CanImport);
    }

    [Fact]
    public void One_fiche_too_many_is_refused_at_its_line()
    {
        var outline = PlanOutlineParser.Parse(Outline(1, 2, 500) + "    Fiche 9 : Une de trop\n");

        var error = Assert.Single(outline.Errors);
        Assert.Equal(1_004, error.Line);
        Assert.Contains("1\u202F000 fiches", error.Text);
    }

    [Fact]
    public void A_line_too_long_is_refused_with_its_number()
    {
        var outline = PlanOutlineParser.Parse("Axe 1 – Petite enfance\n  1.1 " + new string('x', 700) + "\n");

        var error = Assert.Single(outline.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("au plus 600", error.Text);
    }
}
