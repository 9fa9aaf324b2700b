using Ctg.Host.Tests.Methodology;
using static Ctg.Host.Tests.Methodology.MethodologySteps;

namespace Ctg.Host.Tests.Dispositifs;

/// <summary>Editing, changing the status of and deleting a dispositif through its pages, and who may do it.</summary>
public sealed class DispositifEditTests(InstalledPlatform fixture) : IClassFixture<InstalledPlatform>
{
    private readonly PlatformFactory _platform = fixture.Platform;

    private static async Task<Guid> CreateAsync(Browser coordination, string name)
    {
        var form = await coordination.OpenAsync("/dispositifs/nouveau");
        var saved = await coordination.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            ["Input.Kind"] = "CLS",
            ["Input.Name"] = name,
            ["Input.Start"] = "2024-01-01",
            ["Input.End"] = "2028-12-31",
            ["Input.Status"] = "EnElaboration",
            ["Input.Description"] = "Santé des jeunes enfants",
        });
        return Guid.Parse(saved.Path["/dispositifs/".Length..]);
    }

    private static string NewName(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..30];

    private object? Column(Guid id, string column) =>
        MethodologyData.Scalar(_platform, $"SELECT {column} FROM Dsp_Dispositifs WHERE Id = $1", id);

    private void Link(Guid dispositif, string number, string title)
    {
        using var data = new MethodologyData(_platform);
        data.Execute("INSERT INTO Dsp_ActionsArticulees (Id, DispositifId, FicheId, FicheNumber, FicheTitle) VALUES ($1, $2, $3, $4, $5)",
            Guid.NewGuid(), dispositif, Guid.NewGuid(), number, title);
    }

    [Fact]
    public async Task The_coordination_edits_every_field_and_the_status_shows_as_a_badge()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var id = await CreateAsync(coordination, NewName("CLS à réviser"));
        var detail = await coordination.OpenAsync($"/dispositifs/{id}");
        Assert.NotNull(detail.Document.QuerySelector($"#outils a[href='/dispositifs/{id}/modifier']"));
        Assert.NotNull(detail.Document.QuerySelector($"#outils a[href='/dispositifs/{id}/supprimer']"));

        var form = await coordination.OpenAsync($"/dispositifs/{id}/modifier");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        var name = NewName("SDSF révisé");
        var saved = await coordination.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            ["Input.Kind"] = "SDSF",
            ["Input.Name"] = name,
            ["Input.Start"] = "2025-03-01",
            ["Input.End"] = "2030-02-28",
            ["Input.Status"] = "EnRenouvellement",
            ["Input.Description"] = "Schéma révisé après les élections municipales",
        });

        Assert.Equal($"/dispositifs/{id}", saved.Path);
        Assert.Contains($"Le dispositif « {name} » est enregistré.", saved.Text);
        Assert.Equal("En renouvellement", saved.TextOf("#etat"));
        Assert.Contains("text-bg-warning", saved.Document.QuerySelector("#etat")!.ClassName);
        Assert.Contains("du 01/03/2025 au 28/02/2030", saved.Text);
        Assert.Equal("SDSF", Column(id, "Kind"));
        Assert.Equal(name, Column(id, "Name"));
        Assert.Equal("2025-03-01", Column(id, "Start"));
        Assert.Equal("2030-02-28", Column(id, "End"));
        Assert.Equal("EnRenouvellement", Column(id, "Status"));
        Assert.Equal("Schéma révisé après les élections municipales", Column(id, "Description"));

        var list = await coordination.OpenAsync("/dispositifs");
        var row = list.Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(name, StringComparison.Ordinal));
        Assert.Equal("En renouvellement", HtmlPage.Normalize(row.QuerySelector("span.badge")!.TextContent));
    }

    [Fact]
    public async Task A_bad_edit_says_what_is_wrong_next_to_the_field_and_saves_nothing()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var name = NewName("PEDT intact");
        var id = await CreateAsync(coordination, name);
        var form = await coordination.OpenAsync($"/dispositifs/{id}/modifier");

        var page = await coordination.SubmitAndFollowAsync(form, new Dictionary<string, string> { ["Input.Name"] = "", ["Input.Status"] = "Echu" });
        Assert.Equal("Donnez un nom au dispositif.", HtmlPage.Normalize(page.Document.QuerySelector("span[data-valmsg-for='Input.Name']")!.TextContent));

        page = await coordination.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = "PEDT daté à l'envers", ["Input.Start"] = "2028-01-01", ["Input.End"] = "2024-12-31", ["Input.Status"] = "Echu",
        });
        Assert.Equal("La fin ne peut pas précéder le début.", HtmlPage.Normalize(page.Document.QuerySelector("span[data-valmsg-for='Input.End']")!.TextContent));
        Assert.Contains($"Modifier « {name} »", page.TextOf("h1"));

        Assert.Equal(name, Column(id, "Name"));
        Assert.Equal("2028-12-31", Column(id, "End"));
        Assert.Equal("EnElaboration", Column(id, "Status"));
    }

    [Fact]
    public async Task A_kind_the_list_no_longer_offers_is_kept_by_an_edit_and_an_unknown_one_is_refused()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var id = await CreateAsync(coordination, NewName("Convention jeunesse"));
        using (var data = new MethodologyData(_platform))
        {
            data.Execute("UPDATE Dsp_Dispositifs SET Kind = 'CTJ' WHERE Id = $1", id);
        }
        var form = await coordination.OpenAsync($"/dispositifs/{id}/modifier");
        Assert.Equal("CTJ", form.Document.QuerySelector("select[name='Input.Kind'] option[selected]")?.GetAttribute("value"));

        var saved = await coordination.SubmitAndFollowAsync(form, new Dictionary<string, string> { ["Input.Status"] = "EnVigueur" });
        Assert.Equal($"/dispositifs/{id}", saved.Path);
        Assert.Equal("CTJ", Column(id, "Kind"));
        Assert.Equal("EnVigueur", Column(id, "Status"));

        form = await coordination.OpenAsync($"/dispositifs/{id}/modifier");
        var refused = await coordination.SubmitAndFollowAsync(form, new Dictionary<string, string> { ["Input.Kind"] = "INCONNU", ["Input.Status"] = "Echu" });
        Assert.Equal("Choisissez un type de dispositif dans la liste.", HtmlPage.Normalize(refused.Document.QuerySelector("span[data-valmsg-for='Input.Kind']")!.TextContent));
        Assert.Equal("CTJ", Column(id, "Kind"));
        Assert.Equal("EnVigueur", Column(id, "Status"));
    }

    [Fact]
    public async Task A_dispositif_edited_meanwhile_by_someone_else_is_not_overwritten()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var id = await CreateAsync(coordination, NewName("CLS concurrent"));
        var first = await coordination.OpenAsync($"/dispositifs/{id}/modifier");
        var second = await coordination.OpenAsync($"/dispositifs/{id}/modifier");

        var saved = await coordination.SubmitAndFollowAsync(first, new Dictionary<string, string> { ["Input.Name"] = "CLS révisé", ["Input.Status"] = "EnVigueur" });
        Assert.Equal($"/dispositifs/{id}", saved.Path);
        var stale = await coordination.SubmitAndFollowAsync(second, new Dictionary<string, string> { ["Input.Name"] = "CLS écrasé", ["Input.Status"] = "Echu" });

        Assert.Contains("Cet élément a été modifié par quelqu'un d'autre", stale.Errors);
        Assert.Equal("CLS révisé", Column(id, "Name"));
        Assert.Equal("EnVigueur", Column(id, "Status"));
    }

    [Fact]
    public async Task Deleting_after_confirmation_removes_the_dispositif_and_its_links()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var name = NewName("CLS à supprimer");
        var id = await CreateAsync(coordination, name);
        var other = await CreateAsync(coordination, NewName("CLS gardé"));
        Link(id, MethodologyData.NewNumber("D"), "Prévenir l'obésité infantile");
        Link(id, MethodologyData.NewNumber("D"), "Dépister les troubles du langage");
        Link(other, MethodologyData.NewNumber("D"), "Fiche d'un autre dispositif");

        var confirm = await coordination.OpenAsync($"/dispositifs/{id}/supprimer");
        Assert.Contains(name, confirm.TextOf("h1"));
        Assert.Contains("2 fiche(s) action rattachée(s)", confirm.TextOf("#consequences"));
        Assert.Equal(1, MethodologyData.Count(_platform, "SELECT COUNT(*) FROM Dsp_Dispositifs WHERE Id = $1", id));

        var list = await coordination.SubmitAndFollowAsync(confirm, new Dictionary<string, string>());

        Assert.Equal("/dispositifs", list.Path);
        Assert.Contains($"Le dispositif « {name} » est supprimé.", list.Text);
        Assert.DoesNotContain(name, list.TextOf("main table"));
        Assert.Equal(0, MethodologyData.Count(_platform, "SELECT COUNT(*) FROM Dsp_Dispositifs WHERE Id = $1", id));
        Assert.Equal(0, MethodologyData.Count(_platform, "SELECT COUNT(*) FROM Dsp_ActionsArticulees WHERE DispositifId = $1", id));
        Assert.Equal(1, MethodologyData.Count(_platform, "SELECT COUNT(*) FROM Dsp_ActionsArticulees WHERE DispositifId = $1", other));
    }

    [Fact]
    public async Task A_dispositif_changed_after_the_confirmation_page_was_shown_is_not_deleted()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var id = await CreateAsync(coordination, NewName("CLS révisé"));
        Link(id, MethodologyData.NewNumber("D"), "Lien conservé");
        var confirm = await coordination.OpenAsync($"/dispositifs/{id}/supprimer");
        var edit = await coordination.OpenAsync($"/dispositifs/{id}/modifier");
        await coordination.SubmitAndFollowAsync(edit, new Dictionary<string, string> { ["Input.Name"] = "CLS changé entre-temps" });

        var refused = await coordination.SubmitAndFollowAsync(confirm, new Dictionary<string, string>());

        Assert.Contains("Ce dispositif a été modifié depuis l'affichage de cette page", refused.Errors);
        Assert.Contains("CLS changé entre-temps", refused.TextOf("h1"));
        Assert.Equal(1, MethodologyData.Count(_platform, "SELECT COUNT(*) FROM Dsp_Dispositifs WHERE Id = $1", id));
        Assert.Equal(1, MethodologyData.Count(_platform, "SELECT COUNT(*) FROM Dsp_ActionsArticulees WHERE DispositifId = $1", id));
    }

    [Theory]
    [InlineData(Ctg.Sdk.Roles.Lecteur)]
    [InlineData(Ctg.Sdk.Roles.Contributeur)]
    public async Task Readers_and_contributors_read_a_dispositif_but_can_neither_edit_nor_delete_it(string role)
    {
        Guid id;
        var name = NewName($"CLS lu {role}");
        using (var coordination = await fixture.SignedInAsync(Accounts.Coordination))
        {
            id = await CreateAsync(coordination, name);
        }
        using var browser = await fixture.SignedInAsync(Accounts.ForRole(role));

        var detail = await browser.OpenAsync($"/dispositifs/{id}");
        Assert.Equal(HttpStatusCode.OK, detail.Status);
        Assert.Contains(name, detail.TextOf("h1"));
        Assert.Null(detail.Document.QuerySelector("#outils"));
        Assert.Null(detail.Document.QuerySelector("a[href$='/modifier'], a[href$='/supprimer']"));

        foreach (var path in new[] { $"/dispositifs/{id}/modifier", $"/dispositifs/{id}/supprimer" })
        {
            Assert.Equal("/acces-refuse", Browser.RedirectPath(await browser.GetAsync(path)));
        }
        var version = Column(id, "Version")!.ToString()!;
        Assert.Equal("/acces-refuse", Browser.RedirectPath(await PostWithTokenAsync(browser, detail, $"/dispositifs/{id}/modifier",
            ("Input.Version", version), ("Input.Kind", "CLS"), ("Input.Name", "Intrus"), ("Input.Status", "Echu"))));
        Assert.Equal("/acces-refuse", Browser.RedirectPath(await PostWithTokenAsync(browser, detail, $"/dispositifs/{id}/supprimer", ("Version", version))));

        Assert.Equal(name, Column(id, "Name"));
        Assert.Equal(1, MethodologyData.Count(_platform, "SELECT COUNT(*) FROM Dsp_Dispositifs WHERE Id = $1", id));
    }
}
