namespace Ctg.Host.Tests.Methodology;

/// <summary>The module's home: what it offers, with live counts and links.</summary>
[Collection(DashboardCollection.Name)]
public sealed class HomeTests(DashboardTerritory territory)
{
    [Fact]
    public async Task The_home_counts_fiches_by_status_late_ones_open_demandes_and_the_pilote_s_own()
    {
        using var contributor = await territory.SignedInAsync(Accounts.Contributeur);
        var page = await contributor.OpenAsync("/methodologie");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("6", page.TextOf("[data-chiffre=fiches]"));
        Assert.Equal("2", page.TextOf("[data-chiffre=retard]"));
        Assert.Equal("2", page.TextOf("[data-chiffre=demandes]"));
        Assert.Equal("2", page.TextOf("[data-chiffre=mes-fiches]"));
        Assert.Equal("2 demande(s) ouverte(s), dont 1 en retard", page.TextOf("[data-chiffre=demandes-ouvertes]"));
        Assert.Equal("1 plan(s) d'actions", page.TextOf("[data-chiffre=plans]"));
        Assert.Equal("0 note(s)", page.TextOf("[data-chiffre=notes]"));
        Assert.Equal(["À lancer : 1", "En cours : 2", "Réalisée : 1", "Bloquée : 1", "Abandonnée : 1"],
            page.Document.QuerySelectorAll("#fiches-par-statut li").Select(li => HtmlPage.Normalize(li.TextContent)).ToArray());
    }

    [Fact]
    public async Task The_home_links_every_part_of_the_module_and_offers_creation_to_the_coordination_only()
    {
        string[] everyone = ["/methodologie/plans", "/methodologie/fiches", "/methodologie/orientations", "/methodologie/appui",
            "/methodologie/tableau-de-bord", "/methodologie/echeancier", "/methodologie/mes-fiches", "/methodologie/notes"];
        using var reader = await territory.SignedInAsync(Accounts.Lecteur);
        var readerPage = await reader.OpenAsync("/methodologie");
        var readerLinks = readerPage.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Superset(everyone.ToHashSet(), readerLinks!);
        Assert.DoesNotContain("/methodologie/notes/nouvelle", readerLinks);
        Assert.DoesNotContain("/methodologie/fiches/importer", readerLinks);
        Assert.Equal("0", readerPage.TextOf("[data-chiffre=mes-fiches]"));

        using var coordination = await territory.SignedInAsync(Accounts.Coordination);
        var links = (await coordination.OpenAsync("/methodologie")).Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Contains("/methodologie/notes/nouvelle", links);
        Assert.Contains("/methodologie/fiches/importer", links);
    }
}
