using static Ctg.Host.Tests.Methodology.MethodologyData;
using static Ctg.Host.Tests.Methodology.MethodologySteps;

namespace Ctg.Host.Tests.Methodology;

/// <summary>The list of fiches actions and its filters; a fiche created from a plan's tree is placed in it.</summary>
[Collection(FichesCollection.Name)]
public sealed class FicheListTests(MethodologyPlatform fixture)
{
    private readonly PlatformFactory _platform = fixture.Platform;

    [Fact]
    public async Task Fiches_are_listed_in_plan_order_and_filtered_by_text_status_theme_pilote_plan_and_lateness()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var (plan, _) = PlanWithOneAxis(_platform, "Plan de la CTG " + Guid.NewGuid().ToString("N")[..6]);
        var prefix = NewNumber("L");
        await CreateFicheAsync(coordination, prefix + ".10", "Accès aux droits des familles", new Dictionary<string, string>
        {
            ["Input.Theme"] = "Accès aux droits", ["Input.Status"] = "EnCours", ["Input.Deadline"] = "2020-12-31", ["Input.Progress"] = "60", ["Input.Pilote"] = "France services",
        });
        await CreateFicheAsync(coordination, prefix + ".2", "Parentalité en milieu rural", new Dictionary<string, string>
        {
            ["Input.Theme"] = "Parentalité", ["Input.Status"] = "Realisee", ["Input.Deadline"] = "2020-12-31",
        });
        var placed = await coordination.OpenAsync($"/methodologie/fiches/nouvelle?plan={plan}");
        Assert.Contains("La fiche sera placée dans", placed.Text);
        var inPlan = await coordination.SubmitAsync(placed, new Dictionary<string, string> { ["Input.Number"] = prefix + ".3", ["Input.Title"] = "Jeunesse et mobilité" });
        Assert.Equal(HttpStatusCode.Redirect, inPlan.StatusCode);

        var all = await coordination.OpenAsync($"/methodologie/fiches?q={prefix}");
        Assert.Equal([prefix + ".2", prefix + ".3", prefix + ".10"], Numbers(all));
        var late = all.Document.QuerySelectorAll("#fiches tbody tr").Single(tr => tr.QuerySelector(".numero")!.TextContent == prefix + ".10");
        Assert.Contains("En retard", late.TextContent);
        Assert.Contains("60 %", HtmlPage.Normalize(late.TextContent));
        Assert.Contains("En cours", late.TextContent);

        Assert.Equal([prefix + ".10"], Numbers(await coordination.OpenAsync($"/methodologie/fiches?q={prefix}&retard=true")));
        Assert.Equal([prefix + ".2"], Numbers(await coordination.OpenAsync($"/methodologie/fiches?q={prefix}&statut=Realisee")));
        Assert.Equal([prefix + ".2"], Numbers(await coordination.OpenAsync($"/methodologie/fiches?q={prefix}&theme=Parentalit%C3%A9")));
        Assert.Equal([prefix + ".10"], Numbers(await coordination.OpenAsync($"/methodologie/fiches?q={prefix}&pilote=France%20services")));
        Assert.Equal([prefix + ".3"], Numbers(await coordination.OpenAsync($"/methodologie/fiches?q={prefix}&plan={plan}")));
        Assert.Equal([prefix + ".2"], Numbers(await coordination.OpenAsync($"/methodologie/fiches?q={Uri.EscapeDataString("milieu rural")}")));
    }

    [Fact]
    public async Task A_fiche_created_from_a_node_of_a_plan_is_placed_under_it_and_links_to_the_plan()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var title = "Plan PEDT " + Guid.NewGuid().ToString("N")[..6];
        var (plan, node) = PlanWithOneAxis(_platform, title);
        var (_, otherNode) = PlanWithOneAxis(_platform, "Autre plan " + Guid.NewGuid().ToString("N")[..6]);

        var form = await coordination.OpenAsync($"/methodologie/fiches/nouvelle?plan={plan}&noeud={node}");
        Assert.Contains($"{title} › 1 – Petite enfance", form.TextOf("#placement"));
        Assert.Equal(HttpStatusCode.NotFound, (await coordination.GetAsync($"/methodologie/fiches/nouvelle?plan={plan}&noeud={otherNode}")).StatusCode);
        var id = await CreateFicheAsync(coordination, NewNumber(), "Relais petite enfance itinérant", new Dictionary<string, string>());
        var response = await coordination.SubmitAsync(form, new Dictionary<string, string> { ["Input.Number"] = NewNumber(), ["Input.Title"] = "Crèche du nord" });
        var page = await coordination.OpenAsync(Browser.RedirectPath(response));

        Assert.NotNull(page.Document.QuerySelector($"#rattachements a[href='/methodologie/plans/{plan}']"));
        Assert.Contains("› 1 – Petite enfance", page.TextOf("#rattachements"));
        Assert.Equal(node.ToString().ToUpperInvariant(), Scalar(_platform, "SELECT NodeId FROM Met_PlanFiches WHERE PlanId = $1", plan));
        Assert.Contains("aucun", (await coordination.OpenAsync($"/methodologie/fiches/{id}")).TextOf("#rattachements"));
    }

    [Fact]
    public async Task A_plan_of_hundreds_of_fiches_lists_them_all_in_order_without_their_long_texts()
    {
        var (plan, _) = PlanWithOneAxis(_platform, "Grand plan " + Guid.NewGuid().ToString("N")[..6]);
        var prefix = NewNumber("G");
        using (var connection = _platform.OpenDatabase())
        using (var transaction = connection.BeginTransaction())
        {
            for (var i = 450; i >= 1; i--)
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                var id = Guid.NewGuid().ToString().ToUpperInvariant();
                command.CommandText =
                    "INSERT INTO Met_FichesActions (Id, Number, Title, Theme, Pilote, Diagnostic, Status, Progress, Priority, Deadline, CreatedAt, UpdatedAt, Version) " +
                    "VALUES ($id, $n, $t, 'Parentalité', 'CCYN', $long, 'EnCours', $p, 'Normale', '2020-01-01', 0, 0, 1);" +
                    "INSERT INTO Met_PlanFiches (PlanId, FicheId, NodeId, Position) VALUES ($plan, $id, NULL, $p);";
                command.Parameters.AddWithValue("$id", id);
                command.Parameters.AddWithValue("$n", $"{prefix}.{i}");
                command.Parameters.AddWithValue("$t", $"Action n° {i} du grand plan");
                command.Parameters.AddWithValue("$long", new string('x', 15000));
                command.Parameters.AddWithValue("$p", i % 101);
                command.Parameters.AddWithValue("$plan", plan.ToString().ToUpperInvariant());
                command.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        using var lecteur = await fixture.SignedInAsync(Accounts.Lecteur);

        var page = await lecteur.OpenAsync($"/methodologie/fiches?plan={plan}");

        var numbers = Numbers(page);
        Assert.Equal(450, numbers.Length);
        Assert.Equal($"{prefix}.1", numbers[0]);
        Assert.Equal($"{prefix}.2", numbers[1]);
        Assert.Equal($"{prefix}.10", numbers[9]);
        Assert.Equal($"{prefix}.450", numbers[^1]);
        Assert.Equal(450, page.Document.QuerySelectorAll("#fiches .badge.text-bg-danger").Length);
    }

    private static string[] Numbers(HtmlPage page) =>
        page.Document.QuerySelectorAll("#fiches tbody .numero").Select(n => n.TextContent.Trim()).ToArray();
}
