using static Ctg.Host.Tests.Methodology.MethodologyData;
using static Ctg.Host.Tests.Methodology.MethodologySteps;

namespace Ctg.Host.Tests.Methodology;

/// <summary>Governance, Evaluation and Dispositifs switched off: the fiche form says what it cannot offer, and works.</summary>
[Collection(MethodologyAloneCollection.Name)]
public sealed class FicheWithoutModulesTests(MethodologyAlone fixture)
{
    private readonly PlatformFactory _platform = fixture.Platform;

    [Fact]
    public async Task The_form_says_which_choices_are_unavailable_and_typed_partners_are_saved()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var form = await coordination.OpenAsync("/methodologie/fiches/nouvelle");
        Assert.Contains("Module désactivé", form.TextOf("#partenaires-off"));
        Assert.Contains("Module désactivé", form.TextOf("#indicateurs-off"));
        Assert.Contains("Module désactivé", form.TextOf("#dispositif-off"));
        Assert.Null(form.Document.QuerySelector("input[name='Input.PartenaireReferences']"));

        var id = await CreateFicheAsync(coordination, NewNumber(), "Fiche sans annuaire", new Dictionary<string, string>
        {
            ["Input.PartenairesText"] = "CAF de l'Yonne\nMSA Bourgogne",
            ["Input.IndicatorsText"] = "- Nombre de familles accompagnées",
        });

        var page = await coordination.OpenAsync($"/methodologie/fiches/{id}");
        Assert.Contains("CAF de l'Yonne", page.TextOf("#partenaires"));
        Assert.Contains("MSA Bourgogne", page.TextOf("#partenaires"));
        Assert.Null(page.Document.QuerySelector("#partenaires a"));
        Assert.Contains("Nombre de familles accompagnées", page.TextOf("#indicateurs"));
    }

    [Fact]
    public async Task Partners_and_indicators_linked_before_the_modules_were_switched_off_are_kept_by_an_edit()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var id = await CreateFicheAsync(coordination, NewNumber(), "Fiche liée à l'annuaire", new Dictionary<string, string> { ["Input.PartenairesText"] = "Tapé à la main" });
        using (var connection = _platform.OpenDatabase())
        using (var command = connection.CreateCommand())
        {
            command.CommandText =
                "INSERT INTO Met_FichePartenaires (Id, FicheId, Position, Name, OrganisationReference) VALUES ($id, $f, 0, 'Centre social de Seignelay', 'organisation:0123456789abcdef0123456789abcdef');" +
                "INSERT INTO Met_FicheIndicateurs (FicheId, Reference, Name) VALUES ($f, 'indicateur:taux-participation', 'Taux de participation');";
            command.Parameters.AddWithValue("$id", Guid.NewGuid().ToString().ToUpperInvariant());
            command.Parameters.AddWithValue("$f", id.ToString().ToUpperInvariant());
            command.ExecuteNonQuery();
        }
        var edit = await coordination.OpenAsync($"/methodologie/fiches/{id}/modifier");
        Assert.Contains("Centre social de Seignelay", edit.TextOf("#acteurs"));
        Assert.Contains("Taux de participation", edit.TextOf("#evaluation"));

        var page = await coordination.SubmitAndFollowAsync(edit, new Dictionary<string, string> { ["Input.PartenairesText"] = "Tapé à la main\nNouveau partenaire" });

        Assert.True(page.Path == $"/methodologie/fiches/{id}", page.Errors);
        var partners = page.TextOf("#partenaires");
        Assert.Contains("Centre social de Seignelay", partners);
        Assert.Contains("Nouveau partenaire", partners);
        Assert.Contains("Taux de participation", page.TextOf("#indicateurs-suivis"));
        Assert.Contains("non disponible", page.TextOf("#indicateurs-suivis"));
    }
}
