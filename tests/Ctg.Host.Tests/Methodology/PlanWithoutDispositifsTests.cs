namespace Ctg.Host.Tests.Methodology;

/// <summary>With Dispositifs disabled, a plan's form says so and the plan keeps the dispositif it refers to.</summary>
[Collection(MethodologyAloneCollection.Name)]
public sealed class PlanWithoutDispositifsTests(MethodologyAlone fixture)
{
    [Fact]
    public async Task The_plan_form_works_without_the_dispositifs_module_and_keeps_the_reference()
    {
        var platform = fixture.Platform;
        Guid plan;
        using (var data = new MethodologyData(platform))
        {
            plan = data.Plan("Plan rattaché à la CTG", MethodologyData.ThreeLevels);
            data.Execute("UPDATE Met_Plans SET DispositifReference = 'dispositif:ctg-2024', DispositifName = 'CTG 2024-2028' WHERE Id = $1", plan);
        }
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);

        var form = await coordination.OpenAsync($"/methodologie/plans/{plan}/modifier");
        Assert.Contains("Le module Dispositifs n'est pas activé", form.Text);
        Assert.Contains("CTG 2024-2028", form.TextOf("main form"));
        var saved = await coordination.SubmitAndFollowAsync(form, new Dictionary<string, string> { ["Input.Title"] = "Plan CTG renommé" });

        Assert.Equal($"/methodologie/plans/{plan}", saved.Path);
        Assert.Contains("Dispositif : CTG 2024-2028", saved.Text);
        Assert.Equal("dispositif:ctg-2024", MethodologyData.Scalar(platform, "SELECT DispositifReference FROM Met_Plans WHERE Id = $1", plan));
        Assert.Contains("Le module Dispositifs n'est pas activé", (await coordination.OpenAsync("/methodologie/plans/nouveau")).Text);
    }
}
