using Ctg.Modules.Methodology.Domain;
using Xunit;

namespace Ctg.Modules.Methodology.Tests;

public class FicheTests
{
    [Fact]
    public void Fiche_numbers_are_ordered_as_a_plan_is_read()
    {
        string[] numbers = ["10", "2.10", "17", "2.3", "2", "A"];
        Assert.Equal(["2", "2.3", "2.10", "10", "17", "A"], numbers.Order(FicheNumberComparer.Instance).ToArray());
    }

    [Theory]
    [InlineData(FicheStatus.EnCours, true)]
    [InlineData(FicheStatus.ALancer, true)]
    [InlineData(FicheStatus.Realisee, false)]
    [InlineData(FicheStatus.Abandonnee, false)]
    public void A_fiche_past_its_deadline_is_late_unless_it_is_done_or_abandoned(FicheStatus status, bool late)
    {
        var fiche = new FicheAction { Status = status, Deadline = new DateOnly(2026, 6, 30) };
        Assert.Equal(late, fiche.IsLate(new DateOnly(2026, 7, 1)));
        Assert.False(fiche.IsLate(new DateOnly(2026, 6, 30)));
    }

    [Fact]
    public void A_fiche_without_deadline_is_never_late()
    {
        Assert.False(new FicheAction { Status = FicheStatus.EnCours }.IsLate(new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void Every_status_has_its_french_label()
    {
        Assert.Equal(["À lancer", "En cours", "Réalisée", "Reportée", "En pause", "Bloquée", "Abandonnée"],
            Enum.GetValues<FicheStatus>().Select(s => s.Label()).ToArray());
    }
}
