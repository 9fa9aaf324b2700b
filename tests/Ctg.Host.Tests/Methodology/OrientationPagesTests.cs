using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ctg.Host.Tests.Governance;
using Ctg.Sdk;
using static Ctg.Host.Tests.Methodology.MethodologySteps;

namespace Ctg.Host.Tests.Methodology;

/// <summary>From orientations to actions: an orientation, the fiches that implement it, its coverage.</summary>
[Collection(FichesCollection.Name)]
public sealed class OrientationPagesTests(MethodologyPlatform fixture)
{
    private readonly PlatformFactory _platform = fixture.Platform;
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);

    [Fact]
    public async Task A_coordinator_records_an_orientation_links_fiches_and_reads_its_coverage()
    {
        Guid done, late, abandoned;
        string lateNumber;
        using (var data = new MethodologyData(_platform))
        {
            done = data.Fiche(MethodologyData.NewNumber(), "Relais petite enfance", "Realisee", 90, deadline: Today.AddMonths(-2));
            lateNumber = MethodologyData.NewNumber();
            late = data.Fiche(lateNumber, "Lieu d'accueil enfants-parents", "EnCours", 40, deadline: Today.AddDays(-1));
            abandoned = data.Fiche(MethodologyData.NewNumber(), "Ludothèque itinérante", "Abandonnee", 10);
        }
        using var coordinator = await fixture.SignedInAsync(Accounts.Coordination);
        var title = $"Soutenir les familles dès la naissance {Guid.NewGuid():N}";

        var page = await CreateAsync(coordinator, title, "Constat partagé :\n- trop peu de places d'accueil\n- des parents isolés");

        Assert.Matches("^/methodologie/orientations/[0-9a-f-]{36}$", page.Path);
        Assert.Contains($"L'orientation « {title} » est enregistrée.", page.Text);
        Assert.Equal(title, page.TextOf("h1"));
        Assert.Equal("Saisie", page.TextOf("#orientation dd"));
        Assert.Equal(["trop peu de places d'accueil", "des parents isolés"], page.Document.QuerySelectorAll("section[aria-labelledby=description] li").Select(li => li.TextContent));
        Assert.Equal($"Accueil Plan d'actions Orientations {title}", page.TextOf(".breadcrumb"));
        Assert.Equal("0", page.TextOf("[data-figure=fiches]"));

        foreach (var fiche in new[] { done, late, abandoned })
        {
            page = await coordinator.SubmitAndFollowAsync(page, new Dictionary<string, string> { ["Input.FicheId"] = fiche.ToString() }, "form#lier");
        }

        Assert.Equal("3", page.TextOf("[data-figure=fiches]"));
        Assert.Equal("50 %", page.TextOf("[data-figure=realisees]"));  // 1 of the 2 fiches not abandoned
        Assert.Equal("70 %", page.TextOf("[data-figure=avancement]")); // réalisée counts 100, (100 + 40) / 2
        Assert.Equal("1", page.TextOf("[data-figure=retard]"));
        Assert.Contains("Réalisée : 1", page.TextOf("[data-figure=statuts]"));
        Assert.Contains("Abandonnée : 1", page.TextOf("[data-figure=statuts]"));
        var lateRow = page.TextOf($"tr[data-fiche='{late}']");
        Assert.Contains(lateNumber, lateRow);
        Assert.Contains("En cours", lateRow);
        Assert.Contains("40 %", lateRow);
        Assert.Contains("En retard", lateRow);
        Assert.DoesNotContain("En retard", page.TextOf($"tr[data-fiche='{done}']"));
        Assert.Null(page.Document.QuerySelector($"form#lier option[value='{late}']"));

        var list = await coordinator.OpenAsync("/methodologie/orientations");
        var row = list.Document.QuerySelectorAll("#orientations tbody tr").Single(r => r.TextContent.Contains(title));
        Assert.Equal(["Saisie", "10/02/2026", "3", "50 %", "70 %"], row.QuerySelectorAll("td").Select(td => HtmlPage.Normalize(td.TextContent)));

        Assert.NotNull(page.Document.QuerySelector($"tr[data-fiche='{done}'] button[form=retirer][value='{done}']"));
        page = await coordinator.SubmitAndFollowAsync(page, new Dictionary<string, string> { ["ficheId"] = done.ToString() }, "form#retirer");
        Assert.Contains("La fiche n'est plus rattachée à l'orientation.", page.Text);
        Assert.Equal("2", page.TextOf("[data-figure=fiches]"));
        Assert.Equal("0 %", page.TextOf("[data-figure=realisees]"));
        Assert.Null(page.Document.QuerySelector($"tr[data-fiche='{done}']"));
    }

    [Fact]
    public async Task An_orientation_without_title_or_a_link_without_fiche_is_refused_and_nothing_is_saved()
    {
        using var coordinator = await fixture.SignedInAsync(Accounts.Coordination);
        var before = (await coordinator.OpenAsync("/methodologie/orientations")).Document.QuerySelectorAll("#orientations tbody tr").Length;
        var form = await coordinator.OpenAsync("/methodologie/orientations/nouvelle");

        var refused = await coordinator.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "  ",
            ["Input.Description"] = "Une description sans intitulé",
            ["Input.AdoptedOn"] = "2026-02-10",
        });

        Assert.Equal("/methodologie/orientations/nouvelle", refused.Path);
        Assert.Contains("Donnez l'intitulé de l'orientation.", refused.Errors);
        Assert.Equal("Une description sans intitulé", refused.Document.QuerySelector<IHtmlTextAreaElement>("#Input_Description")!.Value);
        Assert.Equal(before, (await coordinator.OpenAsync("/methodologie/orientations")).Document.QuerySelectorAll("#orientations tbody tr").Length);

        using (var data = new MethodologyData(_platform))
        {
            data.Fiche(MethodologyData.NewNumber(), "Fiche à rattacher", "ALancer");
        }
        var page = await CreateAsync(coordinator, $"Orientation {Guid.NewGuid():N}");
        var noFiche = await coordinator.SubmitAndFollowAsync(page, new Dictionary<string, string> { ["Input.FicheId"] = "" }, "form#lier");
        Assert.Contains("Choisissez la fiche action à rattacher.", noFiche.Errors);
        Assert.Equal("0", noFiche.TextOf("[data-figure=fiches]"));
    }

    [Fact]
    public async Task An_orientation_taken_from_a_copil_decision_keeps_its_text_its_date_and_its_label()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        Guid copilDecision, gatDecision;
        using (var data = new FiguresData(_platform))
        {
            var copil = data.Instance($"COPIL de la CTG {suffix}", 2, "Copil");
            var gat = data.Instance($"GAT Jeunesse {suffix}", 3);
            var seance = data.Seance(copil, new DateOnly(2026, 3, 12), "Tenue");
            data.Decision(seance, 1, "Adopter le diagnostic partagé");
            copilDecision = data.Decision(seance, 2, "Renforcer l'accès aux droits des familles");
            gatDecision = data.Decision(data.Seance(gat, new DateOnly(2026, 5, 4), "Tenue"), 1, "Créer un conseil des jeunes");
        }
        using var coordinator = await fixture.SignedInAsync(Accounts.Coordination);
        var form = await coordinator.OpenAsync("/methodologie/orientations/nouvelle");

        var groups = form.Document.QuerySelectorAll("#Input_DecisionReference optgroup");
        Assert.Equal("Comités de pilotage (COPIL)", groups[0].GetAttribute("label"));
        Assert.NotNull(groups[0].QuerySelector($"option[value='decision:{copilDecision:N}']"));
        Assert.Null(groups[0].QuerySelector($"option[value='decision:{gatDecision:N}']"));
        Assert.NotNull(groups[1].QuerySelector($"option[value='decision:{gatDecision:N}']"));
        Assert.Contains($"COPIL de la CTG {suffix} du 12 mars 2026, décision n° 2", form.TextOf($"option[value='decision:{copilDecision:N}']"));

        var unknown = await coordinator.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            ["Input.Source"] = "Decision",
            ["Input.DecisionReference"] = $"decision:{Guid.NewGuid():N}",
        });
        Assert.Contains("Choisissez la décision dont l'orientation est issue.", unknown.Errors);

        var page = await coordinator.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            ["Input.Source"] = "Decision",
            ["Input.DecisionReference"] = $"decision:{copilDecision:N}",
            ["Input.Title"] = "",
        });

        Assert.Equal("Renforcer l'accès aux droits des familles", page.TextOf("h1"));
        var card = page.TextOf("#orientation");
        Assert.Contains($"Source COPIL de la CTG {suffix} du 12 mars 2026, décision n° 2", card);
        Assert.Contains("Adoptée le 12/03/2026", card);
        var list = await coordinator.OpenAsync("/methodologie/orientations");
        Assert.Contains($"COPIL de la CTG {suffix} du 12 mars 2026, décision n° 2", list.TextOf("#orientations"));
    }

    [Theory]
    [InlineData(Roles.Lecteur)]
    [InlineData(Roles.Contributeur)]
    public async Task Readers_and_contributors_read_orientations_but_cannot_change_them(string role)
    {
        using var coordinator = await fixture.SignedInAsync(Accounts.Coordination);
        var title = $"Favoriser l'engagement des jeunes {Guid.NewGuid():N}";
        var created = await CreateAsync(coordinator, title);
        using var browser = await fixture.SignedInAsync(Accounts.ForRole(role));

        var list = await browser.OpenAsync("/methodologie/orientations");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains(title, list.TextOf("#orientations"));
        Assert.Null(list.Document.QuerySelector("a[href='/methodologie/orientations/nouvelle']"));
        var detail = await browser.OpenAsync(created.Path);
        Assert.Equal(HttpStatusCode.OK, detail.Status);
        Assert.Equal(title, detail.TextOf("h1"));
        Assert.Null(detail.Document.QuerySelector("form#lier"));
        Assert.Null(detail.Document.QuerySelector($"a[href='{created.Path}/modifier']"));

        foreach (var path in new[] { "/methodologie/orientations/nouvelle", created.Path + "/modifier", created.Path + "/supprimer" })
        {
            Assert.Equal("/acces-refuse", Browser.RedirectPath(await browser.GetAsync(path)));
        }
        using (var data = new MethodologyData(_platform))
        {
            var fiche = data.Fiche(MethodologyData.NewNumber(), "Conseil des jeunes", "ALancer");
            var forged = await PostWithTokenAsync(browser, detail, created.Path + "?handler=Lier", ("Input.FicheId", fiche.ToString()));
            Assert.Equal("/acces-refuse", Browser.RedirectPath(forged));
        }
        var deleted = await PostWithTokenAsync(browser, detail, created.Path + "/supprimer", ("Input.Version", "1"));
        Assert.Equal("/acces-refuse", Browser.RedirectPath(deleted));
        Assert.Equal("0", (await coordinator.OpenAsync(created.Path)).TextOf("[data-figure=fiches]"));
    }

    [Fact]
    public async Task An_edit_over_a_newer_version_is_refused_and_a_deletion_asks_for_confirmation()
    {
        using var coordinator = await fixture.SignedInAsync(Accounts.Coordination);
        var created = await CreateAsync(coordinator, $"Orientation à reprendre {Guid.NewGuid():N}");
        var first = await coordinator.OpenAsync(created.Path + "/modifier");
        var second = await coordinator.OpenAsync(created.Path + "/modifier");

        var saved = await coordinator.SubmitAndFollowAsync(first, new Dictionary<string, string> { ["Input.Title"] = "Améliorer l'accès aux droits" });
        Assert.Equal(created.Path, saved.Path);
        Assert.Equal("Améliorer l'accès aux droits", saved.TextOf("h1"));
        var stale = await coordinator.SubmitAndFollowAsync(second, new Dictionary<string, string> { ["Input.Title"] = "Titre écrasé" });
        Assert.Contains("Cet élément a été modifié par quelqu'un d'autre", stale.Text);
        Assert.Equal("Améliorer l'accès aux droits", (await coordinator.OpenAsync(created.Path)).TextOf("h1"));

        var empty = await coordinator.SubmitAndFollowAsync(await coordinator.OpenAsync(created.Path + "/modifier"), new Dictionary<string, string> { ["Input.Title"] = "" });
        Assert.Contains("Donnez l'intitulé de l'orientation.", empty.Errors);

        var confirm = await coordinator.OpenAsync(created.Path + "/supprimer");
        Assert.Contains("Supprimer l'orientation « Améliorer l'accès aux droits » ?", confirm.TextOf("h1"));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.OpenAsync(created.Path)).Status);
        var list = await coordinator.SubmitAndFollowAsync(confirm, new Dictionary<string, string>());
        Assert.Equal("/methodologie/orientations", list.Path);
        Assert.Contains("L'orientation « Améliorer l'accès aux droits » est supprimée.", list.Text);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync(created.Path)).StatusCode);
    }

    /// <summary>Creates a typed orientation through the form; returns its page.</summary>
    public static async Task<HtmlPage> CreateAsync(Browser coordinator, string title, string description = "")
    {
        var form = await coordinator.OpenAsync("/methodologie/orientations/nouvelle");
        var page = await coordinator.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            ["Input.Source"] = "Saisie",
            ["Input.Title"] = title,
            ["Input.Description"] = description,
            ["Input.AdoptedOn"] = "2026-02-10",
        });
        Assert.True(page.Status == HttpStatusCode.OK && page.Path != "/methodologie/orientations/nouvelle", $"Création refusée : {page.Errors}");
        return page;
    }
}

/// <summary>Orientations when Governance is switched off: typed only, and the page says why.</summary>
[Collection(MethodologyAloneCollection.Name)]
public sealed class OrientationWithoutGovernanceTests(MethodologyAlone fixture)
{
    [Fact]
    public async Task No_decision_is_offered_and_a_typed_orientation_still_works()
    {
        using var coordinator = await fixture.SignedInAsync(Accounts.Coordination);
        var form = await coordinator.OpenAsync("/methodologie/orientations/nouvelle");

        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Contains("Module désactivé : le module Gouvernance n'est pas activé", form.TextOf("#gouvernance-off"));
        Assert.Null(form.Document.QuerySelector("#Input_DecisionReference"));
        Assert.Null(form.Document.QuerySelector("input[value=Decision]"));

        var forced = await coordinator.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            ["Input.Source"] = "Decision",
            ["Input.DecisionReference"] = $"decision:{Guid.NewGuid():N}",
            ["Input.Title"] = "Reprise impossible",
        });
        Assert.Contains("Module désactivé", forced.Errors);

        var page = await OrientationPagesTests.CreateAsync(coordinator, "Développer l'animation de la vie sociale");
        Assert.Equal("Développer l'animation de la vie sociale", page.TextOf("h1"));
        Assert.Contains("Développer l'animation de la vie sociale", (await coordinator.OpenAsync("/methodologie/orientations")).TextOf("#orientations"));
    }
}
