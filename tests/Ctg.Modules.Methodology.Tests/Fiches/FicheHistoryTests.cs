using Ctg.Modules.Methodology.Domain;
using Ctg.Modules.Methodology.Fiches;
using Xunit;

namespace Ctg.Modules.Methodology.Tests.Fiches;

public class FicheHistoryTests
{
    private static FicheAction Fiche() => new()
    {
        Number = "17",
        Title = "Structurer la fonction de chargé(e) de coopération",
        Diagnostic = "Constats partagés",
        Status = FicheStatus.ALancer,
        Progress = 0,
        Deadline = new DateOnly(2026, 12, 31),
        Missions = [new FicheMission { Position = 1, Title = "Piloter la CTG", Items = "Impulser\nSuivre" }],
        Jalons = [new FicheJalon { Title = "COPIL de lancement", DueOn = new DateOnly(2026, 3, 12) }],
        Communes = [new FicheCommune { InseeCode = "89001", Name = "Appoigny" }],
        Partenaires = [new FichePartenaire { Position = 1, Name = "CAF de l'Yonne" }],
        Financements = [new FicheFinancement { Funder = "CAF", Year = 2026, Planned = 12000m }],
    };

    [Fact]
    public void An_unchanged_fiche_writes_no_line()
    {
        Assert.Empty(FicheHistory.Compare(Fiche(), null, Fiche(), null));
    }

    [Fact]
    public void Each_changed_field_writes_one_line_with_its_french_label()
    {
        var after = Fiche();
        after.Status = FicheStatus.EnCours;
        after.Progress = 40;
        after.Deadline = new DateOnly(2027, 6, 30);
        after.Title = "Nouvel intitulé";

        var changes = FicheHistory.Compare(Fiche(), null, after, null);

        Assert.Equal(["Intitulé", "Statut", "Avancement", "Échéance"], changes.Select(c => c.Field).ToArray());
        Assert.Equal(new FieldChange("Statut", "À lancer", "En cours"), changes.Single(c => c.Field == "Statut"));
        Assert.Equal(new FieldChange("Avancement", "0 %", "40 %"), changes.Single(c => c.Field == "Avancement"));
        Assert.Equal(new FieldChange("Échéance", "31/12/2026", "30/06/2027"), changes.Single(c => c.Field == "Échéance"));
    }

    [Fact]
    public void Children_are_compared_as_their_readable_lists()
    {
        var after = Fiche();
        after.Missions[0].Items = "Impulser\nSuivre\nÉvaluer";
        after.Jalons[0].DoneOn = new DateOnly(2026, 3, 20);
        after.Communes.Add(new FicheCommune { InseeCode = "89002", Name = "Auxerre" });
        after.Partenaires.Add(new FichePartenaire { Position = 2, Name = "Département" });
        after.Financements[0].Actual = 9500m;

        var changes = FicheHistory.Compare(Fiche(), null, after, null).ToDictionary(c => c.Field);

        Assert.Equal(["Missions", "Jalons", "Communes", "Partenaires", "Financements"], changes.Keys.ToArray());
        Assert.Equal("1. Piloter la CTG (Impulser ; Suivre ; Évaluer)", changes["Missions"].NewValue);
        Assert.Equal("COPIL de lancement : prévu le 12/03/2026, atteint le 20/03/2026", changes["Jalons"].NewValue);
        Assert.Equal("Appoigny, Auxerre", changes["Communes"].NewValue);
        Assert.Equal("CAF de l'Yonne, Département", changes["Partenaires"].NewValue);
        Assert.Contains("réel 9", changes["Financements"].NewValue);
        Assert.Contains("réel —", changes["Financements"].OldValue);
    }

    [Fact]
    public void A_changed_pilote_account_is_named_not_shown_as_an_id()
    {
        var after = Fiche();
        after.PiloteUserId = "abc";
        var change = Assert.Single(FicheHistory.Compare(Fiche(), null, after, "Chloé Contributrice"));
        Assert.Equal(new FieldChange("Compte du pilote", null, "Chloé Contributrice"), change);
    }

    [Fact]
    public void A_long_text_is_kept_as_a_short_excerpt()
    {
        var after = Fiche();
        after.Diagnostic = string.Join(" ", Enumerable.Repeat("constat", 1000));

        var change = Assert.Single(FicheHistory.Compare(Fiche(), null, after, null));

        Assert.Equal("Diagnostic", change.Field);
        Assert.Equal("Constats partagés", change.OldValue);
        Assert.True(change.NewValue!.Length <= FicheHistory.ExcerptLength, $"{change.NewValue.Length} caractères");
        Assert.EndsWith("…", change.NewValue);
        Assert.StartsWith("constat constat", change.NewValue);
    }

    [Fact]
    public void Any_value_fits_the_history_column()
    {
        var after = Fiche();
        after.Partenaires = Enumerable.Range(1, 200).Select(i => new FichePartenaire { Position = i, Name = $"Association partenaire n° {i}" }).ToList();

        var change = Assert.Single(FicheHistory.Compare(Fiche(), null, after, null));

        Assert.Equal("Partenaires", change.Field);
        Assert.True(change.NewValue!.Length <= FicheHistory.MaxValueLength);
        Assert.EndsWith("…", change.NewValue);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("court", "court")]
    public void Short_values_are_kept_whole(string? value, string? kept) => Assert.Equal(kept, FicheHistory.Shorten(value, isLongText: true));
}
