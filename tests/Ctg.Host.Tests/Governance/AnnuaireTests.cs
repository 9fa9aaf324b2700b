using AngleSharp.Dom;
using Ctg.Sdk;
using Ctg.Sdk.Messages.Platform;
using Microsoft.Extensions.DependencyInjection;
using static Ctg.Host.Tests.Governance.AnnuaireSteps;

namespace Ctg.Host.Tests.Governance;

[Collection(AnnuaireSteps.Collection)]
public sealed class AnnuaireTests(InstalledPlatform fixture)
{
    private const string ConcurrencyMessage = "Cet élément a été modifié par quelqu'un d'autre";

    private readonly InstalledPlatform _sessions = fixture;
    private readonly PlatformFactory _platform = fixture.Platform;

    private static async Task<IReadOnlyList<(string Name, string Type, string Insee)>> OrganisationsAsync(Browser browser, string query)
    {
        var page = await browser.OpenAsync("/gouvernance/annuaire/organisations?" + query);
        return page.Document.QuerySelectorAll("#organisations tbody tr")
            .Select(r => r.QuerySelectorAll("th, td").Select(c => HtmlPage.Normalize(c.TextContent)).ToArray())
            .Select(cells => (cells[0], cells[1], cells[2]))
            .ToList();
    }

    [Fact]
    public async Task The_territorys_communes_and_its_epci_are_in_the_directory_from_installation()
    {
        using var reader = await _sessions.SignedInAsync(Accounts.Lecteur);

        var communes = await OrganisationsAsync(reader, "type=Commune");
        var epci = await OrganisationsAsync(reader, "type=Epci");

        Assert.Equal(YonneNord.Communes, communes.Count(c => c.Insee != "—"));
        Assert.All(communes.Where(c => c.Insee != "—"), c => Assert.Matches("^89[0-9]{3}$", c.Insee));
        Assert.Contains(communes, c => c.Name == "Pont-sur-Yonne");
        Assert.Equal(YonneNord.Name, Assert.Single(epci).Name);
    }

    [Fact]
    public async Task Announcing_the_territory_again_creates_no_second_commune()
    {
        using var reader = await _sessions.SignedInAsync(Accounts.Lecteur);
        var before = await OrganisationsAsync(reader, "");

        await using (var scope = _platform.Services.CreateAsyncScope())
        {
            var territory = await scope.ServiceProvider.GetRequiredService<ITerritoryContext>().GetRequiredAsync();
            await scope.ServiceProvider.GetRequiredService<IModuleBus>().PublishAsync(new TerritoryInstalled(territory));
        }

        var after = await OrganisationsAsync(reader, "");
        Assert.Equal(before.Count(o => o.Insee != "—"), after.Count(o => o.Insee != "—"));
        Assert.Single(after, o => o.Name == YonneNord.Name);
    }

    [Fact]
    public async Task A_coordinator_adds_an_organisation_and_a_person_then_finds_her_by_search_and_filters()
    {
        using var coordinator = await _sessions.SignedInAsync(Accounts.Coordination);
        var association = Unique("Familles rurales ");
        var lastName = Unique("Lefèvre");
        var organisationId = await CreateOrganisationAsync(coordinator, association, "Association", "contact@familles-rurales.fr");

        var person = await CreatePersonAsync(coordinator, "Anne", lastName, $"{lastName.ToLowerInvariant()}@familles-rurales.fr",
            organisationId, "Animatrice du réseau parents", "petite enfance; Parentalité", "03 86 00 00 01");

        Assert.Equal($"Anne {lastName}", person.TextOf("h1"));
        var card = person.TextOf("#fiche");
        Assert.Contains("Animatrice du réseau parents", card);
        Assert.Contains($"{association} (Association)", card);
        Assert.Contains("03 86 00 00 01", card);
        Assert.Equal($"Accueil Gouvernance Annuaire Anne {lastName}", person.TextOf(".breadcrumb"));

        Assert.Equal([$"Anne {lastName}"], await ListAsync(coordinator, "q=" + Uri.EscapeDataString(lastName)));
        Assert.Equal([$"Anne {lastName}"], await ListAsync(coordinator, "q=" + Uri.EscapeDataString($"réseau {lastName.ToUpperInvariant()}")));
        Assert.Equal([$"Anne {lastName}"], await ListAsync(coordinator, "q=" + Uri.EscapeDataString($"{lastName.ToLowerInvariant()}@familles")));
        Assert.Equal([$"Anne {lastName}"], await ListAsync(coordinator, $"organisation={organisationId}"));
        Assert.Contains($"Anne {lastName}", await ListAsync(coordinator, "type=Association"));
        Assert.DoesNotContain($"Anne {lastName}", await ListAsync(coordinator, "type=Caf"));
        Assert.Contains($"Anne {lastName}", await ListAsync(coordinator, "thematique=parentalit%C3%A9"));
        Assert.DoesNotContain($"Anne {lastName}", await ListAsync(coordinator, "thematique=enfance"));

        var row = (await OrganisationsAsync(coordinator, "q=" + Uri.EscapeDataString(association))).Single();
        Assert.Equal("Association", row.Type);
        var list = await coordinator.OpenAsync("/gouvernance/annuaire/organisations?q=" + Uri.EscapeDataString(association));
        Assert.Equal("1", list.TextOf("#organisations tbody tr .persons"));
    }

    [Fact]
    public async Task The_person_list_shows_organisation_function_email_and_phone()
    {
        using var coordinator = await _sessions.SignedInAsync(Accounts.Coordination);
        var lastName = Unique("Garnier");
        await CreatePersonAsync(coordinator, "Luc", lastName, $"{lastName}@caf89.fr", function: "Conseiller territorial", phone: "03 86 11 22 33");

        var page = await coordinator.OpenAsync("/gouvernance/annuaire?q=" + lastName);

        var cells = page.Document.QuerySelectorAll("#personnes tbody tr td").Select(c => HtmlPage.Normalize(c.TextContent)).ToList();
        Assert.Equal(["—", "Conseiller territorial", $"{lastName}@caf89.fr", "03 86 11 22 33"], cells);
        Assert.Contains("1 personne(s)", page.TextOf("#personnes caption"));
    }

    [Fact]
    public async Task A_person_form_explains_in_french_what_is_wrong_and_saves_nothing()
    {
        using var coordinator = await _sessions.SignedInAsync(Accounts.Coordination);
        var form = await coordinator.OpenAsync("/gouvernance/annuaire/personnes/nouvelle");

        var page = await coordinator.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            ["Input.FirstName"] = "",
            ["Input.LastName"] = new string('x', 101),
            ["Input.Email"] = "jean@",
            ["Input.Phone"] = "pas de téléphone",
        });

        Assert.Equal("/gouvernance/annuaire/personnes/nouvelle", page.Path);
        Assert.Contains("Le prénom est obligatoire.", page.Errors);
        Assert.Contains("Le nom ne doit pas dépasser 100 caractères.", page.Errors);
        Assert.Contains("Cette adresse électronique n'est pas valide", page.Errors);
        Assert.Contains("Ce numéro de téléphone n'est pas valide", page.Errors);
        Assert.Empty(await ListAsync(coordinator, "q=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"));
    }

    [Fact]
    public async Task An_email_already_in_the_directory_is_refused_whatever_its_case()
    {
        using var coordinator = await _sessions.SignedInAsync(Accounts.Coordination);
        var email = Unique("marie.roux") + "@msa.fr";
        await CreatePersonAsync(coordinator, "Marie", "Roux", email);
        var form = await coordinator.OpenAsync("/gouvernance/annuaire/personnes/nouvelle");

        var page = await coordinator.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Marie-Ange",
            ["Input.LastName"] = "Roux",
            ["Input.Email"] = email.ToUpperInvariant(),
        });

        Assert.Equal("/gouvernance/annuaire/personnes/nouvelle", page.Path);
        Assert.Contains("Cette adresse est déjà celle de Marie Roux dans l'annuaire.", page.Errors);
        Assert.Single(await ListAsync(coordinator, "q=" + Uri.EscapeDataString(email)));
    }

    [Fact]
    public async Task Editing_a_person_saves_and_an_edit_over_a_newer_version_is_refused_with_a_message()
    {
        using var coordinator = await _sessions.SignedInAsync(Accounts.Coordination);
        var lastName = Unique("Perrin");
        var person = await CreatePersonAsync(coordinator, "Paul", lastName, function: "Adjoint");
        var editPath = person.Path + "/modifier";
        var first = await coordinator.OpenAsync(editPath);
        var second = await coordinator.OpenAsync(editPath);

        var saved = await coordinator.SubmitAndFollowAsync(first, new Dictionary<string, string> { ["Input.Function"] = "Maire adjoint à l'enfance" });
        var refused = await coordinator.SubmitAndFollowAsync(second, new Dictionary<string, string> { ["Input.Function"] = "Conseiller municipal" });

        Assert.Equal(person.Path, saved.Path);
        Assert.Contains("Maire adjoint à l'enfance", saved.TextOf("#fiche"));
        Assert.Equal(editPath, refused.Path);
        Assert.Contains(ConcurrencyMessage, refused.Errors);
        Assert.Contains("Maire adjoint à l'enfance", (await coordinator.OpenAsync(person.Path)).TextOf("#fiche"));
    }

    [Fact]
    public async Task Editing_an_organisation_keeps_the_insee_code_of_a_commune_and_refuses_a_stale_version()
    {
        using var coordinator = await _sessions.SignedInAsync(Accounts.Coordination);
        var name = Unique("Association des parents ");
        var id = await CreateOrganisationAsync(coordinator, name, "Association");
        var first = await coordinator.OpenAsync($"/gouvernance/annuaire/organisations/{id}/modifier");
        var second = await coordinator.OpenAsync($"/gouvernance/annuaire/organisations/{id}/modifier");

        var saved = await coordinator.SubmitAndFollowAsync(first, new Dictionary<string, string> { ["Input.Phone"] = "03 86 99 99 99" });
        var refused = await coordinator.SubmitAndFollowAsync(second, new Dictionary<string, string> { ["Input.Name"] = name + " bis" });

        Assert.Equal("/gouvernance/annuaire/organisations", saved.Path);
        Assert.Contains(ConcurrencyMessage, refused.Errors);
        var row = (await OrganisationsAsync(coordinator, "q=" + Uri.EscapeDataString(name))).Single();
        Assert.Equal(name, row.Name);

        var communes = await coordinator.OpenAsync("/gouvernance/annuaire/organisations?type=Commune&q=Pont-sur-Yonne");
        var edit = await coordinator.OpenAsync(communes.Document.QuerySelector("#organisations a[href$='/modifier']")!.GetAttribute("href")!);
        Assert.Matches("^89[0-9]{3}$", edit.Document.QuerySelector("#insee")!.GetAttribute("value")!);
        Assert.Null(edit.Document.QuerySelector("#insee")!.GetAttribute("name"));
    }

    [Fact]
    public async Task A_second_organisation_with_the_same_name_is_refused()
    {
        using var coordinator = await _sessions.SignedInAsync(Accounts.Coordination);
        var form = await coordinator.OpenAsync("/gouvernance/annuaire/organisations/nouvelle");

        var page = await coordinator.SubmitAndFollowAsync(form, new Dictionary<string, string> { ["Input.Name"] = "  pont-sur-yonne ", ["Input.Type"] = "Commune" });

        Assert.Equal("/gouvernance/annuaire/organisations/nouvelle", page.Path);
        Assert.Contains("L'annuaire compte déjà l'organisation « Pont-sur-Yonne ».", page.Errors);
    }

    [Theory]
    [InlineData(Roles.Lecteur)]
    [InlineData(Roles.Contributeur)]
    public async Task Only_coordination_edits_the_directory(string role)
    {
        using var coordinator = await _sessions.SignedInAsync(Accounts.Coordination);
        var person = await CreatePersonAsync(coordinator, "Inès", Unique("Moreau"));
        var organisationId = await CreateOrganisationAsync(coordinator, Unique("MJC "), "Equipement");
        using var browser = await _sessions.SignedInAsync(Accounts.ForRole(role));

        var directory = await browser.OpenAsync("/gouvernance/annuaire");
        var personPage = await browser.OpenAsync(person.Path);
        var organisations = await browser.OpenAsync("/gouvernance/annuaire/organisations");

        Assert.Equal(HttpStatusCode.OK, directory.Status);
        Assert.Null(directory.Document.QuerySelector("main a[href='/gouvernance/annuaire/personnes/nouvelle']"));
        Assert.Null(directory.Document.QuerySelector("main a[href='/gouvernance/annuaire/import']"));
        Assert.Null(personPage.Document.QuerySelector("main a[href$='/modifier'], main a[href$='/anonymiser']"));
        Assert.Null(organisations.Document.QuerySelector("main a[href$='/modifier'], main a[href$='/nouvelle']"));
        Assert.NotNull((await coordinator.OpenAsync("/gouvernance/annuaire")).Document.QuerySelector("main a[href='/gouvernance/annuaire/personnes/nouvelle']"));
        foreach (var path in new[]
        {
            "/gouvernance/annuaire/personnes/nouvelle",
            person.Path + "/modifier",
            person.Path + "/anonymiser",
            "/gouvernance/annuaire/organisations/nouvelle",
            $"/gouvernance/annuaire/organisations/{organisationId}/modifier",
            "/gouvernance/annuaire/import",
        })
        {
            Assert.Equal("/acces-refuse", Browser.RedirectPath(await browser.GetAsync(path)));
        }
        var response = await PostWithTokenAsync(browser, personPage, person.Path + "/anonymiser", ("Input.Version", "1"));
        Assert.Equal("/acces-refuse", Browser.RedirectPath(response));
        Assert.DoesNotContain("Personne anonymisée", (await browser.OpenAsync(person.Path)).TextOf("h1"));
    }

    [Fact]
    public async Task An_anonymised_person_keeps_her_seats_and_attendance_but_her_name_is_gone_from_the_directory()
    {
        using var coordinator = await _sessions.SignedInAsync(Accounts.Coordination);
        var lastName = Unique("Vasseur");
        var email = $"{lastName.ToLowerInvariant()}@sergines.fr";
        var person = await CreatePersonAsync(coordinator, "Hélène", lastName, email, function: "Directrice du multi-accueil", interests: "petite enfance");
        var instanceName = Unique("COPIL annuaire ");
        SeatAndConvene(IdFromPath(person.Path), instanceName, "Present", "Excuse");
        var before = await coordinator.OpenAsync(person.Path);
        Assert.Contains("Convoqué(e) à 2 séance(s) : présent(e) à 1, représenté(e) à 0, excusé(e) à 1", before.TextOf("#presences"));

        var confirmation = await coordinator.OpenAsync(person.Path + "/anonymiser");
        Assert.Contains("irréversible", confirmation.Text);
        var after = await coordinator.SubmitAndFollowAsync(confirmation, new Dictionary<string, string>());

        Assert.Equal(person.Path, after.Path);
        Assert.Equal("Personne anonymisée", after.TextOf("h1"));
        Assert.Contains("Convoqué(e) à 2 séance(s) : présent(e) à 1, représenté(e) à 0, excusé(e) à 1", after.TextOf("#presences"));
        Assert.Contains(instanceName, after.TextOf("section[aria-labelledby=instances]"));
        Assert.DoesNotContain(lastName, after.Text);
        Assert.DoesNotContain("Directrice du multi-accueil", after.Text);
        Assert.Null(after.Document.QuerySelector("main a[href$='/modifier']"));

        var directory = await coordinator.OpenAsync("/gouvernance/annuaire");
        Assert.Contains("Personne anonymisée", directory.TextOf("#personnes"));
        Assert.DoesNotContain(lastName, directory.Text);
        Assert.DoesNotContain(email, directory.Text);
        Assert.Empty(await ListAsync(coordinator, "q=" + lastName));
        Assert.Empty(await ListAsync(coordinator, "q=" + Uri.EscapeDataString(email)));

        var edit = await coordinator.OpenAsync(person.Path + "/modifier");
        Assert.Contains("ne peut plus être modifiée", edit.Text);
        Assert.Null(edit.Document.QuerySelector("main form[method=post]"));
    }

    [Fact]
    public async Task A_user_whose_email_is_on_a_person_links_it_to_their_account_and_coordination_can_remove_the_link()
    {
        var contributor = await _platform.CreateAccountAsync(Roles.Contributeur);
        using var coordinator = await _sessions.SignedInAsync(Accounts.Coordination);
        var person = await CreatePersonAsync(coordinator, "Julien", Unique("Petit"), contributor.Email.ToUpperInvariant());
        Assert.Contains("Aucun compte lié.", person.TextOf("#compte"));
        Assert.DoesNotContain("C'est moi", person.TextOf("#compte"));

        using var self = await _sessions.SignedInAsync(contributor);
        var own = await self.OpenAsync(person.Path);
        var linked = await self.SubmitAndFollowAsync(own, new Dictionary<string, string>(), "form[action*='handler=Lier']");

        Assert.Contains("Cette fiche est liée à votre compte.", linked.TextOf("#compte"));
        Assert.Contains("Cette fiche est liée à un compte de la plateforme.", (await coordinator.OpenAsync(person.Path)).TextOf("#compte"));

        var page = await coordinator.OpenAsync(person.Path);
        var unlinked = await coordinator.SubmitAndFollowAsync(page, new Dictionary<string, string>(), "form[action*='handler=Delier']");
        Assert.Contains("Aucun compte lié.", unlinked.TextOf("#compte"));
    }

    [Fact]
    public async Task Nobody_links_a_person_whose_email_is_not_theirs()
    {
        var other = await _platform.CreateAccountAsync(Roles.Coordination);
        using var coordinator = await _sessions.SignedInAsync(Accounts.Coordination);
        var person = await CreatePersonAsync(coordinator, "Sophie", Unique("Bernard"), Unique("sophie") + "@villeneuve.fr");
        using var browser = await _sessions.SignedInAsync(other);

        var page = await browser.OpenAsync(person.Path);
        var forged = await PostWithTokenAsync(browser, page, person.Path + "?handler=Lier", ("Input.Version", "1"));

        Assert.Null(page.Document.QuerySelector("form[action*='handler=Lier']"));
        Assert.Equal("/acces-refuse", Browser.RedirectPath(forged));
        Assert.Contains("Aucun compte lié.", (await coordinator.OpenAsync(person.Path)).TextOf("#compte"));
    }

    /// <summary>A post that no form of the page offers, with the antiforgery token the page gives (the sign-out form's).</summary>
    private static Task<HttpResponseMessage> PostWithTokenAsync(Browser browser, HtmlPage page, string path, params (string Name, string Value)[] fields)
    {
        var token = page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        return browser.Client.PostAsync(path, new FormUrlEncodedContent(
            fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token))));
    }

    /// <summary>
    /// Seats the person in a new COPIL and convenes her to one séance per status. The pages that do it belong
    /// to the instances' part of the module; the rows are written as those pages would write them.
    /// </summary>
    private void SeatAndConvene(Guid personId, string instanceName, params string[] statuses)
    {
        static string Id(Guid id) => id.ToString().ToUpperInvariant();
        using var connection = _platform.OpenDatabase();
        var instanceId = Guid.NewGuid();
        Execute(connection, "INSERT INTO Gov_Instances (Id, Name, Kind, ExpectedSeancesPerYear, IsActive, Version, MinutesConfidential) VALUES ($1, $2, 'Copil', 1, 1, 1, 0)",
            Id(instanceId), instanceName);
        Execute(connection, "INSERT INTO Gov_Membres (Id, InstanceId, PersonId, Role, JoinedOn) VALUES ($1, $2, $3, 'Membre', '2025-01-01')",
            Id(Guid.NewGuid()), Id(instanceId), Id(personId));
        for (var i = 0; i < statuses.Length; i++)
        {
            var seanceId = Guid.NewGuid();
            Execute(connection, "INSERT INTO Gov_Seances (Id, InstanceId, Date, Status, MinutesStatus, Version) VALUES ($1, $2, $3, 'Tenue', 'Brouillon', 1)",
                Id(seanceId), Id(instanceId), $"2025-0{i + 3}-10");
            Execute(connection, "INSERT INTO Gov_Emargements (Id, SeanceId, PersonId, IsGuest, Status) VALUES ($1, $2, $3, 0, $4)",
                Id(Guid.NewGuid()), Id(seanceId), Id(personId), statuses[i]);
        }
    }

    private static void Execute(Microsoft.Data.Sqlite.SqliteConnection connection, string sql, params string[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue($"${i + 1}", values[i]);
        }
        command.ExecuteNonQuery();
    }
}
