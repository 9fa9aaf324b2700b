namespace Ctg.Host.Tests.Methodology;

/// <summary>
/// A small plan whose every figure is counted by hand: 5 fiches in a plan (Axe 1 with a sub-objectif, Axe 2,
/// an empty Axe 3, one fiche under no node), one more fiche outside it, jalons, pilotes, one pilote account,
/// three demandes d'appui. The dashboard and home tests share it and only read it: they count every row.
/// </summary>
public sealed class DashboardTerritory : MethodologyPlatform, IAsyncLifetime
{
    public static readonly DateOnly T = MethodologyData.Today;

    public Guid Plan { get; private set; }
    public Guid F1 { get; private set; }
    public Guid F3 { get; private set; }
    public Guid F5 { get; private set; }

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var contributor = MethodologyData.UserId(Platform, Accounts.Contributeur);
        using var data = new MethodologyData(Platform);
        Plan = data.Plan("Plan d'essai du tableau de bord");
        var axe1 = data.Node(Plan, null, 0, 0, "1", "Petite enfance");
        var objectif = data.Node(Plan, axe1, 1, 0, "1.1", "Accueil du jeune enfant");
        var axe2 = data.Node(Plan, null, 0, 1, "2", "Parentalité");
        data.Node(Plan, null, 0, 2, "3", "Jeunesse");

        // 1: en cours, échéance passed 10 days ago → late. Piloted by the Contributeur's account.
        F1 = data.Fiche("1", "Relais petite enfance", "EnCours", 40, "Favorable", T.AddDays(-10), "Anne Martin", contributor, updatedDaysAgo: 5);
        // 2: réalisée, untouched for 200 days: closed, so neither late nor stale.
        var f2 = data.Fiche("2", "Guide des familles", "Realisee", 100, "Favorable", T.AddDays(-100), "anne martin", updatedDaysAgo: 200);
        // 3: à lancer, échéance far away but a jalon passed → late; untouched for 150 days → stale.
        F3 = data.Fiche("3", "Lieu d'accueil enfants-parents", "ALancer", 0, null, T.AddDays(200), null, updatedDaysAgo: 150);
        data.Jalon(F3, "Diagnostic partagé", T.AddDays(-20));
        // 4: bloquée, no échéance, 40 days without change: stale over 1 month, not over 3.
        var f4 = data.Fiche("4", "Conseil des jeunes", "Bloquee", 20, "Difficulte", null, "Bruno Petit", updatedDaysAgo: 40);
        // 5: en cours, on time, next jalon in 10 days. Piloted by the Contributeur's account.
        F5 = data.Fiche("5", "Café des parents", "EnCours", 60, "Vigilance", T.AddDays(30), "Bruno Petit", contributor, updatedDaysAgo: 1);
        data.Jalon(F5, "Comité de suivi", T.AddDays(10));
        data.Jalon(F5, "Lancement", T.AddDays(-60), T.AddDays(-58));
        // 9: outside the plan, abandonnée long ago.
        data.Fiche("9", "Ludothèque itinérante", "Abandonnee", 10, null, T.AddDays(-300), "Claire Roy", updatedDaysAgo: 400);

        data.Place(Plan, F1, objectif, 0);
        data.Place(Plan, f2, axe1, 1);
        data.Place(Plan, F3, axe2, 0);
        data.Place(Plan, f4, null, 0);
        data.Place(Plan, F5, objectif, 1);

        data.Demande("Aide au diagnostic parentalité", "Recue", T.AddDays(-2));
        data.Demande("Relecture du projet social", "EnCours", T.AddDays(15));
        data.Demande("Avis sur le PEDT", "Traitee", T.AddDays(-40));
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardTerritory>
{
    public const string Name = "Méthodologie : tableau de bord";
}

[Collection(DashboardCollection.Name)]
public sealed class DashboardTests(DashboardTerritory territory)
{
    private static readonly DateOnly T = DashboardTerritory.T;

    private static List<string> Rows(HtmlPage page, string table) =>
        page.Document.QuerySelectorAll($"{table} tbody tr").Select(r => HtmlPage.Normalize(r.TextContent)).ToList();

    [Fact]
    public async Task A_reader_sees_the_hand_checked_figures_of_a_plan()
    {
        using var browser = await territory.SignedInAsync(Accounts.Lecteur);
        var page = await browser.OpenAsync($"/methodologie/tableau-de-bord?plan={territory.Plan}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector($"#plan option[value='{territory.Plan}'][selected]"));
        Assert.Equal("5", page.TextOf("[data-chiffre=fiches]"));
        Assert.Equal("44 %", page.TextOf("[data-chiffre=avancement]")); // (40 + 100 + 0 + 20 + 60) ÷ 5
        Assert.Equal("1", page.TextOf("[data-chiffre=realisees]"));
        Assert.Equal("2", page.TextOf("[data-chiffre=retard]"));
        Assert.Equal("1", page.TextOf("[data-chiffre=sans-mise-a-jour]"));

        Assert.Equal(["À lancer 1 20,0 %", "En cours 2 40,0 %", "Réalisée 1 20,0 %", "Reportée 0 0,0 %", "En pause 0 0,0 %", "Bloquée 1 20,0 %", "Abandonnée 0 0,0 %"],
            Rows(page, "#par-statut"));
        Assert.Equal(["Favorable 2 40,0 %", "Vigilance 1 20,0 %", "Difficulté 1 20,0 %", "Non renseignée 1 20,0 %"], Rows(page, "#meteo"));
        // Statuses in order: à lancer, en cours, réalisée, reportée, en pause, bloquée, abandonnée; then total and mean progress.
        Assert.Equal(
            [
                "Axe 1 : Petite enfance 0 2 1 0 0 0 0 3 67 %",
                "Axe 2 : Parentalité 1 0 0 0 0 0 0 1 0 %",
                "Axe 3 : Jeunesse 0 0 0 0 0 0 0 0 —",
                "Sans axe 0 0 0 0 0 1 0 1 20 %",
            ],
            Rows(page, "#par-axe"));
        Assert.Equal(["Anne Martin 2 1 1 70 %", "Bruno Petit 2 0 0 40 %", "Pilote non renseigné 1 0 1 0 %"], Rows(page, "#par-pilote"));

        var late = Rows(page, "#en-retard");
        Assert.Equal(2, late.Count);
        Assert.StartsWith("3 Lieu d'accueil enfants-parents", late[0]);
        Assert.Contains($"Diagnostic partagé ({T.AddDays(-20):dd/MM/yyyy})", late[0]);
        Assert.StartsWith("1 Relais petite enfance Anne Martin En cours", late[1]);
        Assert.Contains($"{T.AddDays(-10):dd/MM/yyyy} Dépassée", late[1]);
        Assert.NotNull(page.Document.QuerySelector($"#en-retard a[href='/methodologie/fiches/{territory.F3}']"));

        var stale = Assert.Single(Rows(page, "#sans-mise-a-jour"));
        Assert.StartsWith("3 Lieu d'accueil enfants-parents", stale);
    }

    [Fact]
    public async Task Without_a_plan_every_fiche_counts_and_no_axis_is_shown()
    {
        using var browser = await territory.SignedInAsync(Accounts.Contributeur);
        var page = await browser.OpenAsync("/methodologie/tableau-de-bord");

        Assert.Equal("6", page.TextOf("[data-chiffre=fiches]"));
        Assert.Equal("38 %", page.TextOf("[data-chiffre=avancement]")); // 230 ÷ 6 = 38,3
        Assert.Equal("2", page.TextOf("[data-chiffre=retard]")); // the abandoned fiche is never late
        Assert.Contains("Abandonnée 1 16,7 %", Rows(page, "#par-statut"));
        Assert.Null(page.Document.QuerySelector("#par-axe"));
        Assert.NotNull(page.Document.QuerySelector("#par-axe-choix"));
        Assert.Contains("Claire Roy 1 0 0 10 %", Rows(page, "#par-pilote"));
    }

    [Fact]
    public async Task The_number_of_months_without_update_is_chosen_from_1_to_24()
    {
        using var browser = await territory.SignedInAsync(Accounts.Lecteur);
        var oneMonth = await browser.OpenAsync($"/methodologie/tableau-de-bord?plan={territory.Plan}&mois=1");

        Assert.Equal(["3", "4"], Rows(oneMonth, "#sans-mise-a-jour").Select(r => r.Split(' ')[0]).ToArray());
        Assert.Equal($"Sans mise à jour depuis 1 mois (2)", oneMonth.TextOf("#titre-sans-mise-a-jour"));

        var wrong = await browser.OpenAsync($"/methodologie/tableau-de-bord?plan={territory.Plan}&mois=99");
        Assert.Equal(HttpStatusCode.OK, wrong.Status);
        Assert.Contains("entre 1 et 24 : 3 mois sont utilisés", wrong.TextOf(".alert-warning"));
        Assert.Equal("1", wrong.TextOf("[data-chiffre=sans-mise-a-jour]"));

        var unknown = await browser.OpenAsync($"/methodologie/tableau-de-bord?plan={Guid.NewGuid()}&mois=abc");
        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Contains("Ce plan d'actions n'existe pas : toutes les fiches sont affichées.", unknown.Text);
        Assert.Equal("6", unknown.TextOf("[data-chiffre=fiches]"));
    }

    [Fact]
    public async Task A_pilote_finds_their_fiches_with_what_needs_them_and_others_learn_how_a_fiche_becomes_theirs()
    {
        using var contributor = await territory.SignedInAsync(Accounts.Contributeur);
        var page = await contributor.OpenAsync("/methodologie/mes-fiches");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(2, page.Document.QuerySelectorAll("#mes-fiches tbody tr").Length);
        var first = HtmlPage.Normalize(page.Document.QuerySelector("#mes-fiches tr[data-fiche='1']")!.TextContent);
        Assert.Contains("En retard", first);
        Assert.DoesNotContain("À mettre à jour", first);
        var fifth = HtmlPage.Normalize(page.Document.QuerySelector("#mes-fiches tr[data-fiche='5']")!.TextContent);
        Assert.DoesNotContain("En retard", fifth);
        Assert.Contains($"Comité de suivi ({T.AddDays(10):dd/MM/yyyy})", fifth);
        Assert.Contains("Vous pilotez 2 fiche(s) action : 1 en retard", page.Text);

        using var reader = await territory.SignedInAsync(Accounts.Lecteur);
        var empty = await reader.OpenAsync("/methodologie/mes-fiches");
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Contains("« Compte du pilote »", empty.TextOf("#aucune-fiche"));
        Assert.Null(empty.Document.QuerySelector("#mes-fiches"));
    }

    [Fact]
    public async Task The_echeancier_marks_what_was_missed_and_links_every_item_to_its_fiche()
    {
        using var browser = await territory.SignedInAsync(Accounts.Lecteur);
        var page = await browser.OpenAsync($"/methodologie/echeancier?plan={territory.Plan}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        // Missed: fiche 1's échéance and fiche 3's jalon, in a past month's list or in the current month's table.
        var missed = page.Document.QuerySelectorAll("[data-etat=manque]").Select(e => HtmlPage.Normalize(e.TextContent)).ToList();
        Assert.Equal(2, missed.Count);
        Assert.Contains(missed, m => m.Contains("Diagnostic partagé") && m.Contains("Fiche 3 : Lieu d'accueil enfants-parents"));
        Assert.Contains(missed, m => m.Contains(T.AddDays(-10).ToString("dd/MM/yyyy")) && m.Contains("Fiche 1 : Relais petite enfance"));
        var coming = page.Document.QuerySelectorAll("tr[data-etat=avenir]").Select(e => HtmlPage.Normalize(e.TextContent)).ToList();
        Assert.Contains(coming, c => c.StartsWith($"{T.AddDays(10):dd/MM/yyyy} Jalon Comité de suivi Fiche 5 : Café des parents À venir"));
        Assert.Contains(coming, c => c.Contains("Échéance de la fiche Fiche 3"));
        Assert.All(page.Document.QuerySelectorAll("main section a"), a => Assert.StartsWith("/methodologie/fiches/", a.GetAttribute("href")));
        // The fiche outside the plan is not on the plan's échéancier.
        Assert.DoesNotContain("Ludothèque", page.Text);
    }

    [Theory]
    [InlineData("Administrateur")]
    [InlineData("Coordination")]
    [InlineData("Contributeur")]
    [InlineData("Lecteur")]
    public async Task Every_role_reads_the_follow_up_pages(string role)
    {
        using var browser = await territory.SignedInAsync(Accounts.ForRole(role));
        foreach (var path in new[] { "/methodologie", "/methodologie/tableau-de-bord", $"/methodologie/tableau-de-bord?plan={territory.Plan}", "/methodologie/mes-fiches", "/methodologie/echeancier", "/methodologie/notes" })
        {
            var page = await browser.OpenAsync(path);
            Assert.True(page.Status == HttpStatusCode.OK, $"{path} : {page.Status}");
            Assert.NotEmpty(page.TextOf("main h1"));
            Assert.NotNull(page.Document.QuerySelector(".breadcrumb li[aria-current=page]"));
        }
    }

    [Fact]
    public async Task Signed_out_nobody_reads_the_dashboard()
    {
        using var browser = territory.Platform.NewBrowser();
        Assert.Equal("/connexion", Browser.RedirectPath(await browser.GetAsync("/methodologie/tableau-de-bord")));
    }
}
