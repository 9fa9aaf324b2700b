using static Ctg.Host.Tests.Governance.AnnuaireSteps;

namespace Ctg.Host.Tests.Governance;

/// <summary>Instances through their pages: creation, edit, members over time, who may do what.</summary>
[Collection(AnnuaireSteps.Collection)]
public sealed class InstanceTests(InstalledPlatform fixture)
{
    private readonly InstalledPlatform _sessions = fixture;

    /// <summary>Creates an instance through its form; returns its id (the creation leads to its members page).</summary>
    private static async Task<Guid> CreateInstanceAsync(Browser browser, string name, string kind = "GroupeDeTravail",
        string expected = "3", string customKind = "", bool confidential = false)
    {
        var form = await browser.OpenAsync("/gouvernance/instances/nouvelle");
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Kind"] = kind,
            ["Input.CustomKind"] = customKind,
            ["Input.Theme"] = "Petite enfance",
            ["Input.ExpectedSeancesPerYear"] = expected,
            ["Input.Purpose"] = "Suivre les actions de la thématique.",
        };
        if (confidential)
        {
            fields["Input.MinutesConfidential"] = "true";
        }
        var members = await browser.SubmitAndFollowAsync(form, fields);
        Assert.EndsWith("/membres", members.Path);
        return Guid.Parse(members.Path.Split('/')[3]);
    }

    private static async Task<HtmlPage> AddMemberAsync(Browser browser, Guid instance, Guid person, string role, string joined)
    {
        var page = await browser.OpenAsync($"/gouvernance/instances/{instance}/membres");
        return await browser.SubmitAndFollowAsync(page, new Dictionary<string, string>
        {
            ["Input.PersonId"] = person.ToString(),
            ["Input.Role"] = role,
            ["Input.JoinedOn"] = joined,
        }, "main form[method=post]:not([action*=handler])");
    }

    [Fact]
    public async Task A_coordinator_creates_an_instance_and_finds_it_on_the_governance_page()
    {
        using var coordination = await _sessions.SignedInAsync(Accounts.Coordination);
        var name = Unique("GAT Parentalité ");

        var id = await CreateInstanceAsync(coordination, name, expected: "4", confidential: true);

        var instance = await coordination.OpenAsync($"/gouvernance/instances/{id}");
        Assert.Equal(name, instance.TextOf("h1"));
        Assert.Contains("4 séance(s) attendue(s) par an", instance.Text);
        Assert.Contains("Comptes rendus confidentiels", instance.Text);
        var home = await coordination.OpenAsync("/gouvernance");
        Assert.Contains(name, home.TextOf("main table"));
    }

    [Fact]
    public async Task A_duplicate_name_and_an_unnamed_custom_kind_are_refused_next_to_their_fields()
    {
        using var coordination = await _sessions.SignedInAsync(Accounts.Coordination);
        var name = Unique("COTECH ");
        await CreateInstanceAsync(coordination, name);

        var form = await coordination.OpenAsync("/gouvernance/instances/nouvelle");
        var again = await coordination.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Kind"] = "Autre",
            ["Input.CustomKind"] = "",
            ["Input.ExpectedSeancesPerYear"] = "60",
        });

        Assert.Equal("/gouvernance/instances/nouvelle", again.Path);
        Assert.Contains("Le rythme attendu va de 0 à 52 séances par an.", again.Text);
        var retry = await coordination.SubmitAndFollowAsync(again, new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Kind"] = "Autre",
            ["Input.CustomKind"] = "",
            ["Input.ExpectedSeancesPerYear"] = "2",
        });
        Assert.Contains($"Une instance s'appelle déjà « {name} ».", retry.Text);
        Assert.Contains("Pour une autre instance, indiquez son type", retry.Text);
    }

    [Fact]
    public async Task An_edit_over_a_version_changed_meanwhile_is_refused_and_the_first_edit_kept()
    {
        using var coordination = await _sessions.SignedInAsync(Accounts.Coordination);
        var id = await CreateInstanceAsync(coordination, Unique("Comité "));
        var first = await coordination.OpenAsync($"/gouvernance/instances/{id}/modifier");
        var second = await coordination.OpenAsync($"/gouvernance/instances/{id}/modifier");

        var saved = await coordination.SubmitAndFollowAsync(first, new Dictionary<string, string> { ["Input.Theme"] = "Jeunesse" });
        Assert.Equal($"/gouvernance/instances/{id}", saved.Path);
        var stale = await coordination.SubmitAndFollowAsync(second, new Dictionary<string, string> { ["Input.Theme"] = "Parentalité" });

        Assert.Contains("Cet élément a été modifié par quelqu'un d'autre", stale.Text);
        var instance = await coordination.OpenAsync($"/gouvernance/instances/{id}");
        Assert.Contains("Jeunesse", instance.Text);
        Assert.DoesNotContain("Parentalité", instance.Text);
    }

    [Fact]
    public async Task Members_join_and_leave_and_the_instance_page_shows_those_of_today()
    {
        using var coordination = await _sessions.SignedInAsync(Accounts.Coordination);
        var id = await CreateInstanceAsync(coordination, Unique("GAT Jeunesse "));
        var staying = IdFromPath((await CreatePersonAsync(coordination, "Inès", Unique("Durand"))).Path);
        var leaving = IdFromPath((await CreatePersonAsync(coordination, "Paul", Unique("Leroy"))).Path);

        await AddMemberAsync(coordination, id, staying, "President", "2025-01-01");
        var members = await AddMemberAsync(coordination, id, leaving, "Membre", "2025-01-01");
        var end = members.Document.QuerySelectorAll("main form").First(f => f.GetAttribute("action")?.Contains("handler=End") == true
            && f.QuerySelector("input[name=membershipId]") is not null && f.ParentElement!.ParentElement!.TextContent.Contains("Paul"));
        var ended = await coordination.SubmitAndFollowAsync(members, new Dictionary<string, string> { ["leftOn"] = "2025-06-30" },
            $"form[action*='handler=End']:has(input[value='{end.QuerySelector("input[name=membershipId]")!.GetAttribute("value")}'])");

        Assert.Contains("30/06/2025", ended.Text);
        var instance = await coordination.OpenAsync($"/gouvernance/instances/{id}");
        Assert.Contains("Membres (1)", instance.Text);
        Assert.Contains("Inès", instance.TextOf("#membres ~ table, section[aria-labelledby=membres]"));
        Assert.DoesNotContain("Paul", instance.TextOf("section[aria-labelledby=membres]"));
    }

    [Fact]
    public async Task A_person_already_member_at_that_date_is_not_added_twice()
    {
        using var coordination = await _sessions.SignedInAsync(Accounts.Coordination);
        var id = await CreateInstanceAsync(coordination, Unique("GAT AVS "));
        var person = IdFromPath((await CreatePersonAsync(coordination, "Léa", Unique("Martin"))).Path);
        await AddMemberAsync(coordination, id, person, "Membre", "2025-01-01");

        var again = await AddMemberAsync(coordination, id, person, "Animateur", "2025-03-01");

        Assert.Contains("est déjà membre de cette instance à cette date", again.Text);
        var instance = await coordination.OpenAsync($"/gouvernance/instances/{id}");
        Assert.Contains("Membres (1)", instance.Text);
    }

    [Fact]
    public async Task A_reader_sees_an_instance_but_may_neither_edit_it_nor_change_its_members()
    {
        using var coordination = await _sessions.SignedInAsync(Accounts.Coordination);
        var id = await CreateInstanceAsync(coordination, Unique("COPIL "));
        using var reader = await _sessions.SignedInAsync(Accounts.Lecteur);

        var instance = await reader.OpenAsync($"/gouvernance/instances/{id}");
        Assert.Equal(HttpStatusCode.OK, instance.Status);
        Assert.Null(instance.Document.QuerySelector($"a[href='/gouvernance/instances/{id}/modifier']"));
        Assert.Equal("/acces-refuse", (await reader.OpenAsync($"/gouvernance/instances/{id}/modifier")).Path);
        Assert.Equal("/acces-refuse", (await reader.OpenAsync($"/gouvernance/instances/{id}/membres")).Path);
        Assert.Equal("/acces-refuse", (await reader.OpenAsync("/gouvernance/instances/nouvelle")).Path);
    }

    [Fact]
    public async Task A_contributor_edits_the_instance_they_animate_and_only_that_one()
    {
        using var coordination = await _sessions.SignedInAsync(Accounts.Coordination);
        var animated = await CreateInstanceAsync(coordination, Unique("GAT animé "));
        var other = await CreateInstanceAsync(coordination, Unique("GAT voisin "));
        var person = await CreatePersonAsync(coordination, "Chloé", Unique("Contributrice"), email: Accounts.Contributeur.Email);
        await AddMemberAsync(coordination, animated, IdFromPath(person.Path), "Animateur", "2024-01-01");
        using var contributor = await _sessions.SignedInAsync(Accounts.Contributeur);
        var own = await contributor.OpenAsync(person.Path);
        await contributor.SubmitAndFollowAsync(own, new Dictionary<string, string>(), "form[action*='handler=Lier']");

        var edit = await contributor.OpenAsync($"/gouvernance/instances/{animated}/modifier");
        Assert.Equal(HttpStatusCode.OK, edit.Status);
        Assert.Equal($"/gouvernance/instances/{animated}/modifier", edit.Path);
        Assert.Equal("/acces-refuse", (await contributor.OpenAsync($"/gouvernance/instances/{other}/modifier")).Path);
    }
}
