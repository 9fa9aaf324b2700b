using Xunit.Abstractions;
using static Ctg.Host.Tests.Methodology.MethodologySteps;

namespace Ctg.Host.Tests.Methodology;

/// <summary>Plans d'actions through their pages: the form, the tree, the fiches' places, who may do what.</summary>
[Collection(PlansCollection.Name)]
public sealed class PlanPagesTests(MethodologyPlatform fixture, ITestOutputHelper output)
{
    private readonly PlatformFactory _platform = fixture.Platform;

    private static async Task<HtmlPage> AddNodeAsync(Browser coordination, Guid plan, Guid? parent, string code, string title)
    {
        var page = await coordination.OpenAsync($"/methodologie/plans/{plan}");
        var selector = parent is null ? "form#ajouter-racine" : $"#noeud-{parent} > details form.add-child";
        return await coordination.SubmitAndFollowAsync(page, new Dictionary<string, string> { ["noeud.Code"] = code, ["noeud.Title"] = title }, selector);
    }

    private static Guid NodeId(HtmlPage page, string title) =>
        Guid.Parse(page.Document.QuerySelectorAll("section.plan-node").First(s => s.QuerySelector("h3, h4, h5, h6")!.TextContent.EndsWith(title, StringComparison.Ordinal)).Id!["noeud-".Length..]);

    private static IReadOnlyList<string> Headings(HtmlPage page) =>
        page.Document.QuerySelectorAll(string.Join(", ", new[] { "h3", "h4", "h5", "h6" }.Select(h => $"section.plan-node > div > {h}"))).Select(h => HtmlPage.Normalize(h.TextContent)).ToList();

    [Fact]
    public async Task The_coordination_creates_a_plan_and_builds_its_tree_with_its_own_level_labels()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var title = $"Plan CTG {Guid.NewGuid():N}"[..30];
        var plan = await CreatePlanAsync(coordination, title, "Axe", "Enjeu");

        await AddNodeAsync(coordination, plan, null, "1", "Petite enfance");
        var page = await AddNodeAsync(coordination, plan, null, "2", "Parentalité");
        var axe2 = NodeId(page, "Parentalité");
        page = await AddNodeAsync(coordination, plan, axe2, "2.1", "Accompagner les jeunes parents");

        Assert.Equal(["Axe 1 — Petite enfance", "Axe 2 — Parentalité", "Enjeu 2.1 — Accompagner les jeunes parents"], Headings(page));
        Assert.Contains("Période du 01/01/2024 au 31/12/2028", page.Text);
        // Two levels: an enjeu cannot have children, and a forged post is refused with the reason.
        var enjeu = NodeId(page, "Accompagner les jeunes parents");
        Assert.Null(page.Document.QuerySelector($"#noeud-{enjeu} form.add-child"));
        var refused = await Browser.ReadAsync(
            await PostWithTokenAsync(coordination, page, $"/methodologie/plans/{plan}?handler=AjouterNoeud", ("noeud.ParentId", enjeu.ToString()), ("noeud.Title", "Trop profond")),
            page.Url);
        Assert.Contains("on ne peut pas descendre plus bas", refused.Errors);
        Assert.DoesNotContain("Trop profond", (await coordination.OpenAsync($"/methodologie/plans/{plan}")).TextOf("#arbre"));

        var list = await coordination.OpenAsync("/methodologie/plans");
        Assert.Contains(title, list.TextOf("#plans"));
    }

    [Fact]
    public async Task Nodes_are_renamed_moved_among_their_siblings_and_deleted_only_when_they_have_no_children()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var plan = await CreatePlanAsync(coordination, $"Plan arbre {Guid.NewGuid():N}"[..30], "Axe", "Objectif");
        await AddNodeAsync(coordination, plan, null, "1", "Enfance");
        var page = await AddNodeAsync(coordination, plan, null, "2", "Jeunesse");
        var enfance = NodeId(page, "Enfance");
        var jeunesse = NodeId(page, "Jeunesse");
        page = await AddNodeAsync(coordination, plan, enfance, "1.1", "Accueils de loisirs");
        var objectif = NodeId(page, "Accueils de loisirs");
        var number = MethodologyData.NewNumber();
        Guid fiche;
        using (var data = new MethodologyData(_platform))
        {
            fiche = data.Fiche(number, "Ouvrir un accueil de loisirs le mercredi");
            data.Place(plan, fiche, objectif);
        }

        page = await coordination.SubmitAndFollowAsync(await coordination.OpenAsync($"/methodologie/plans/{plan}"),
            new Dictionary<string, string> { ["noeud.Code"] = "2bis", ["noeud.Title"] = "Jeunesse et citoyenneté" }, $"#noeud-{jeunesse} > details form.edit-node");
        Assert.Contains("Axe 2bis — Jeunesse et citoyenneté", Headings(page));

        page = await coordination.SubmitAndFollowAsync(page, new Dictionary<string, string>(), $"#noeud-{jeunesse} > details form.move-up");
        Assert.Equal(["Axe 2bis — Jeunesse et citoyenneté", "Axe 1 — Enfance", "Objectif 1.1 — Accueils de loisirs"], Headings(page));
        Assert.Null(page.Document.QuerySelector($"#noeud-{jeunesse} > details form.move-up"));

        // A node with children cannot be deleted; a forged post is refused and nothing changes.
        Assert.Null(page.Document.QuerySelector($"#noeud-{enfance} > details form.delete-node"));
        var refused = await Browser.ReadAsync(
            await PostWithTokenAsync(coordination, page, $"/methodologie/plans/{plan}?handler=SupprimerNoeud", ("noeudId", enfance.ToString())), page.Url);
        Assert.Contains("« Enfance » contient d'autres éléments", refused.Errors);

        // Deleting the objectif sends its fiche up to the axe, as the confirmation says.
        Assert.Contains("Ses 1 fiche(s) iront dans « Axe 1 — Enfance »", page.TextOf($"#noeud-{objectif} form.delete-node"));
        page = await coordination.SubmitAndFollowAsync(page, new Dictionary<string, string>(), $"#noeud-{objectif} form.delete-node");
        Assert.DoesNotContain("Accueils de loisirs", page.TextOf("#arbre"));
        Assert.Contains(number, page.TextOf($"#noeud-{enfance}"));
        Assert.Equal(1, MethodologyData.Count(_platform, "SELECT COUNT(*) FROM Met_FichesActions WHERE Id = $1", fiche));

        // Deleting a top-level node leaves its fiches in the plan, unplaced.
        page = await coordination.SubmitAndFollowAsync(page, new Dictionary<string, string>(), $"#noeud-{enfance} form.delete-node");
        Assert.Equal(["Axe 2bis — Jeunesse et citoyenneté"], Headings(page));
        Assert.Contains(number, page.Document.QuerySelectorAll("table").Last().TextContent);
        Assert.Equal(1, MethodologyData.Count(_platform, "SELECT COUNT(*) FROM Met_PlanFiches WHERE FicheId = $1 AND NodeId IS NULL", fiche));
    }

    [Fact]
    public async Task A_fiche_is_placed_in_two_plans_moved_and_removed_from_one_without_being_deleted()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var first = await CreatePlanAsync(coordination, $"Plan CTG {Guid.NewGuid():N}"[..30], "Axe");
        var second = await CreatePlanAsync(coordination, $"PEDT {Guid.NewGuid():N}"[..30], "Axe");
        var number = MethodologyData.NewNumber();
        using (var data = new MethodologyData(_platform))
        {
            data.Fiche(number, "Créer un lieu d'accueil enfants-parents", "Realisee", 100, deadline: new DateOnly(2020, 6, 30), pilote: "Anne Martin");
        }
        var page = await AddNodeAsync(coordination, first, null, "1", "Parentalité");
        var parentalite = NodeId(page, "Parentalité");
        page = await AddNodeAsync(coordination, first, null, "2", "Accès aux droits");
        var droits = NodeId(page, "Accès aux droits");

        var ficheId = Option(page, "#fiches-a-ajouter", number);
        page = await coordination.SubmitAndFollowAsync(page, new Dictionary<string, string> { ["fiches"] = ficheId, ["noeudId"] = parentalite.ToString() }, "form#ajouter-fiches");
        Assert.Contains("1 fiche(s) ajoutée(s) au plan.", page.Text);
        var row = page.TextOf($"#noeud-{parentalite} tr.fiche");
        Assert.Contains(number, row);
        Assert.Contains("Réalisée", row);
        Assert.Contains("100 %", row);
        Assert.Contains("Anne Martin", row);
        Assert.DoesNotContain("En retard", row); // réalisée: never late
        Assert.Contains("1 fiche(s), 1 réalisée(s)", page.TextOf($"#noeud-{parentalite} .node-counts"));
        Assert.DoesNotContain(page.Document.QuerySelectorAll("#fiches-a-ajouter option"), o => o.TextContent.Contains(number));

        var other = await coordination.OpenAsync($"/methodologie/plans/{second}");
        other = await coordination.SubmitAndFollowAsync(other, new Dictionary<string, string> { ["fiches"] = ficheId, ["noeudId"] = "" }, "form#ajouter-fiches");
        Assert.Contains(number, other.TextOf("main"));
        Assert.Equal(2, MethodologyData.Count(_platform, "SELECT COUNT(*) FROM Met_PlanFiches WHERE FicheId = $1", Guid.Parse(ficheId)));

        // Adding it again to the same plan is refused with a message.
        var again = await Browser.ReadAsync(await PostWithTokenAsync(coordination, page, $"/methodologie/plans/{first}?handler=AjouterFiches",
            ("fiches", ficheId), ("noeudId", droits.ToString())), page.Url);
        Assert.Contains($"La fiche {number} est déjà dans ce plan", again.Errors);

        page = await coordination.SubmitAndFollowAsync(page, new Dictionary<string, string> { ["ficheId"] = ficheId, ["noeudId"] = droits.ToString() }, "form#deplacer-fiche");
        Assert.Contains(number, page.TextOf($"#noeud-{droits}"));
        Assert.DoesNotContain(number, page.TextOf($"#noeud-{parentalite}"));

        page = await coordination.SubmitAndFollowAsync(page, new Dictionary<string, string> { ["ficheId"] = ficheId }, "form#retirer-fiche");
        Assert.DoesNotContain(number, page.TextOf("#arbre"));
        Assert.Equal(1, MethodologyData.Count(_platform, "SELECT COUNT(*) FROM Met_PlanFiches WHERE FicheId = $1", Guid.Parse(ficheId)));
        Assert.Equal(1, MethodologyData.Count(_platform, "SELECT COUNT(*) FROM Met_FichesActions WHERE Id = $1", Guid.Parse(ficheId)));
    }

    [Fact]
    public async Task A_bad_plan_form_says_what_is_wrong_and_saves_nothing()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var title = $"Plan refusé {Guid.NewGuid():N}"[..30];
        var form = await coordination.OpenAsync("/methodologie/plans/nouveau");
        var page = await coordination.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.StartsOn"] = "2028-01-01",
            ["Input.EndsOn"] = "2024-12-31",
            ["Input.Levels[0]"] = new string('A', 61),
            ["Input.Levels[1]"] = "",
            ["Input.Levels[2]"] = "",
        });

        Assert.Contains("La fin du plan doit être postérieure ou égale à son début.", page.Errors);
        Assert.Contains("dépasse 60 caractères", page.Errors);
        Assert.Equal(0, MethodologyData.Count(_platform, "SELECT COUNT(*) FROM Met_Plans WHERE Title = $1", title));

        page = await coordination.SubmitAndFollowAsync(form, new Dictionary<string, string> { ["Input.Title"] = "" });
        Assert.Contains("Donnez un titre au plan.", page.Errors);

        page = await coordination.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Levels[0]"] = "", ["Input.Levels[1]"] = "", ["Input.Levels[2]"] = "",
        });
        Assert.Contains("Nommez au moins le premier niveau du plan", page.Errors);
        Assert.Equal(0, MethodologyData.Count(_platform, "SELECT COUNT(*) FROM Met_Plans WHERE Title = $1", title));
    }

    [Fact]
    public async Task A_plan_edited_meanwhile_by_someone_else_is_not_overwritten()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var plan = await CreatePlanAsync(coordination, $"Plan concurrent {Guid.NewGuid():N}"[..30], "Axe");
        var first = await coordination.OpenAsync($"/methodologie/plans/{plan}/modifier");
        var second = await coordination.OpenAsync($"/methodologie/plans/{plan}/modifier");

        var saved = await coordination.SubmitAndFollowAsync(first, new Dictionary<string, string> { ["Input.Title"] = "Plan CTG révisé" });
        Assert.Equal($"/methodologie/plans/{plan}", saved.Path);
        var stale = await coordination.SubmitAndFollowAsync(second, new Dictionary<string, string> { ["Input.Title"] = "Plan CTG écrasé" });

        Assert.Contains("Cet élément a été modifié par quelqu'un d'autre", stale.Text);
        Assert.Equal("Plan CTG révisé", MethodologyData.Scalar(_platform, "SELECT Title FROM Met_Plans WHERE Id = $1", plan));
    }

    [Fact]
    public async Task A_plan_changed_after_the_confirmation_page_was_shown_is_not_deleted()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var plan = await CreatePlanAsync(coordination, $"Plan révisé {Guid.NewGuid():N}"[..30], "Axe");
        var confirm = await coordination.OpenAsync($"/methodologie/plans/{plan}/supprimer");
        var edit = await coordination.OpenAsync($"/methodologie/plans/{plan}/modifier");
        await coordination.SubmitAndFollowAsync(edit, new Dictionary<string, string> { ["Input.Title"] = "Plan révisé entre-temps" });

        var refused = await coordination.SubmitAndFollowAsync(confirm, new Dictionary<string, string>());

        Assert.Contains("Ce plan a été modifié depuis l'affichage de cette page", refused.Errors);
        Assert.Contains("Plan révisé entre-temps", refused.Text);
        Assert.Equal(1, MethodologyData.Count(_platform, "SELECT COUNT(*) FROM Met_Plans WHERE Id = $1", plan));
    }

    [Fact]
    public async Task Deleting_a_plan_keeps_its_fiches()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        Guid plan, fiche;
        using (var data = new MethodologyData(_platform))
        {
            plan = data.Plan("Plan à supprimer", MethodologyData.ThreeLevels);
            var axe = data.Node(plan, null, 0, 1, "1", "Axe unique");
            var sub = data.Node(plan, axe, 1, 1, "1.1", "Enjeu");
            fiche = data.Fiche(MethodologyData.NewNumber(), "Fiche conservée");
            data.Place(plan, fiche, sub);
        }
        var confirm = await coordination.OpenAsync($"/methodologie/plans/{plan}/supprimer");
        Assert.Contains("sont conservées", confirm.Text);

        var list = await coordination.SubmitAndFollowAsync(confirm, new Dictionary<string, string>());

        Assert.Equal("/methodologie/plans", list.Path);
        Assert.Contains("ses fiches sont conservées", list.Text);
        Assert.Equal(0, MethodologyData.Count(_platform, "SELECT COUNT(*) FROM Met_Plans WHERE Id = $1", plan));
        Assert.Equal(0, MethodologyData.Count(_platform, "SELECT COUNT(*) FROM Met_PlanNodes WHERE PlanId = $1", plan));
        Assert.Equal(1, MethodologyData.Count(_platform, "SELECT COUNT(*) FROM Met_FichesActions WHERE Id = $1", fiche));
    }

    [Theory]
    [InlineData(Ctg.Sdk.Roles.Lecteur)]
    [InlineData(Ctg.Sdk.Roles.Contributeur)]
    public async Task Readers_and_contributors_read_plans_but_cannot_edit_them(string role)
    {
        Guid plan, node;
        using (var data = new MethodologyData(_platform))
        {
            plan = data.Plan($"Plan lu par {role}", MethodologyData.ThreeLevels);
            node = data.Node(plan, null, 0, 1, "1", "Petite enfance");
            data.Place(plan, data.Fiche(MethodologyData.NewNumber(), "Fiche lisible"), node);
        }
        using var browser = await fixture.SignedInAsync(Accounts.ForRole(role));

        Assert.Contains($"Plan lu par {role}", (await browser.OpenAsync("/methodologie/plans")).Text);
        Assert.DoesNotContain("Nouveau plan", (await browser.OpenAsync("/methodologie/plans")).Text);
        var page = await browser.OpenAsync($"/methodologie/plans/{plan}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Fiche lisible", page.TextOf("#arbre"));
        Assert.Empty(page.Document.QuerySelectorAll("main form[method=post]"));
        Assert.Null(page.Document.QuerySelector("a[href$='/importer']"));

        foreach (var path in new[] { "/methodologie/plans/nouveau", $"/methodologie/plans/{plan}/modifier", $"/methodologie/plans/{plan}/supprimer" })
        {
            Assert.Equal("/acces-refuse", Browser.RedirectPath(await browser.GetAsync(path)));
        }
        foreach (var (handler, fields) in new (string, (string, string)[])[]
        {
            ("AjouterNoeud", [("noeud.Title", "Intrus")]),
            ("SupprimerNoeud", [("noeudId", node.ToString())]),
            ("DeplacerNoeud", [("noeudId", node.ToString()), ("monter", "false")]),
            ("ModifierNoeud", [("noeud.NodeId", node.ToString()), ("noeud.Title", "Renommé")]),
        })
        {
            var response = await PostWithTokenAsync(browser, page, $"/methodologie/plans/{plan}?handler={handler}", fields);
            Assert.Equal("/acces-refuse", Browser.RedirectPath(response));
        }
        Assert.Equal("Petite enfance", MethodologyData.Scalar(_platform, "SELECT Title FROM Met_PlanNodes WHERE Id = $1", node));
        Assert.Equal(1, MethodologyData.Count(_platform, "SELECT COUNT(*) FROM Met_PlanNodes WHERE PlanId = $1", plan));
    }

    [Fact]
    public async Task The_coordination_sees_the_editing_tools_and_the_links_to_other_pages()
    {
        Guid plan, node;
        using (var data = new MethodologyData(_platform))
        {
            plan = data.Plan("Plan outillé", "Axe|Enjeu");
            node = data.Node(plan, null, 0, 1, "1", "Petite enfance");
        }
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var page = await coordination.OpenAsync($"/methodologie/plans/{plan}");

        Assert.NotNull(page.Document.QuerySelector($"a[href='/methodologie/plans/{plan}/importer']"));
        Assert.NotNull(page.Document.QuerySelector($"a[href='/methodologie/fiches/nouvelle?plan={plan}&noeud={node}']"));
        Assert.NotNull(page.Document.QuerySelector($"a[href='/methodologie/plans/{plan}/xlsx']"));
        Assert.NotNull(page.Document.QuerySelector("form#ajouter-racine"));
        Assert.Contains("Ajouter un élément « Axe »", page.Text);
    }

    [Fact]
    public async Task A_plan_of_400_fiches_renders_in_four_queries_of_the_module_and_quickly()
    {
        Guid plan;
        using (var data = new MethodologyData(_platform))
        {
            plan = data.Plan("Plan de 400 fiches", MethodologyData.ThreeLevels);
            var today = DateOnly.FromDateTime(DateTime.Today);
            var statuses = new[] { "ALancer", "EnCours", "Realisee", "Bloquee" };
            var n = 0;
            for (var a = 1; a <= 5; a++)
            {
                var axe = data.Node(plan, null, 0, a, a.ToString(), $"Axe numéro {a}");
                for (var e = 1; e <= 4; e++)
                {
                    var enjeu = data.Node(plan, axe, 1, e, $"{a}.{e}", $"Enjeu {a}.{e}");
                    for (var o = 1; o <= 2; o++)
                    {
                        var objectif = data.Node(plan, enjeu, 2, o, $"{a}.{e}.{o}", $"Objectif {a}.{e}.{o}");
                        for (var f = 0; f < 10; f++, n++)
                        {
                            var fiche = data.Fiche(MethodologyData.NewNumber(), $"Fiche générée {n}", statuses[n % 4], n % 101, deadline: today.AddDays(n - 200), pilote: $"Pilote {n % 12}",
                                diagnostic: new string('x', 4000));
                            data.Place(plan, fiche, objectif, n);
                        }
                    }
                }
            }
        }
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var path = $"/methodologie/plans/{plan}";
        var page = await coordination.OpenAsync(path);
        Assert.Equal(400, page.Document.QuerySelectorAll("tr.fiche").Length);
        Assert.Contains("400 fiche(s) action dont 100 réalisée(s)", page.TextOf("#plan-counts"));

        using (var counter = new SqlCommandCounter(_platform.DatabaseFile, "Met_"))
        {
            using var response = await coordination.GetAsync(path);
            await response.Content.ReadAsStringAsync();
            var queries = counter.Stop();
            output.WriteLine($"{queries} requêtes SQL du module");
            Assert.InRange(queries, 1, 4);
        }
    }
}
