using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ctg.Sdk;
using static Ctg.Host.Tests.Methodology.MethodologySteps;

namespace Ctg.Host.Tests.Methodology;

/// <summary>Demandes d'appui: anyone asks, Coordination answers, everyone sees the appui given.</summary>
[Collection(PlansCollection.Name)]
public sealed class AppuiPagesTests(MethodologyPlatform fixture)
{
    private readonly PlatformFactory _platform = fixture.Platform;
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);

    [Theory]
    [InlineData(Roles.Lecteur)]
    [InlineData(Roles.Contributeur)]
    [InlineData(Roles.Coordination)]
    [InlineData(Roles.Administrateur)]
    public async Task Anyone_signed_in_asks_for_appui_with_their_name_and_organisation_and_sees_it_was_sent(string role)
    {
        var account = Accounts.ForRole(role);
        using var browser = await fixture.SignedInAsync(account);
        var form = await browser.OpenAsync("/methodologie/appui/nouvelle");

        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal(account.DisplayName, Value(form, "#Input_RequesterName"));
        Assert.Equal("Commune d'essai", Value(form, "#Input_RequesterOrganisation"));
        Assert.Equal(Today.ToString("yyyy-MM-dd"), Value(form, "#Input_ReceivedOn"));
        Assert.Equal("Accueil Plan d'actions Demandes d'appui Demander un appui", form.TextOf(".breadcrumb"));

        var subject = $"Aide pour rédiger la fiche parentalité {Guid.NewGuid():N}";
        var page = await browser.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            ["Input.Subject"] = subject,
            ["Input.Details"] = "Nous voulons :\n- un diagnostic\n- des indicateurs",
            ["Input.RequesterKind"] = "Elu",
            ["Input.DueOn"] = Today.AddDays(10).ToString("yyyy-MM-dd"),
        });

        Assert.Matches("^/methodologie/appui/[0-9a-f-]{36}$", page.Path);
        Assert.Contains($"Votre demande d'appui « {subject} » est envoyée à la coordination.", page.Text);
        var card = page.TextOf("#demande");
        Assert.Contains("Statut Reçue", card);
        Assert.Contains($"Demandeur {account.DisplayName} (Élu(e), Commune d'essai)", card);
        Assert.Contains($"Réponse souhaitée pour le {Today.AddDays(10):dd/MM/yyyy}", card);
        Assert.Equal(["un diagnostic", "des indicateurs"], page.Document.QuerySelectorAll("section[aria-labelledby=detail] li").Select(li => li.TextContent));
        Assert.Equal(role is Roles.Coordination or Roles.Administrateur, page.Document.QuerySelector("form#reponse-form") is not null);
        Assert.Contains(subject, (await browser.OpenAsync("/methodologie/appui")).TextOf("#demandes"));
    }

    [Fact]
    public async Task A_demande_without_subject_too_long_or_due_before_it_was_received_is_refused_and_nothing_is_saved()
    {
        using var reader = await fixture.SignedInAsync(Accounts.Lecteur);
        var before = await CountAsync(reader);
        var form = await reader.OpenAsync("/methodologie/appui/nouvelle");

        var empty = await reader.SubmitAndFollowAsync(form, new Dictionary<string, string> { ["Input.Subject"] = "", ["Input.RequesterName"] = "" });
        Assert.Contains("Indiquez l'objet de la demande.", empty.Errors);
        Assert.Contains("Indiquez qui fait la demande.", empty.Errors);

        var tooLong = await reader.SubmitAndFollowAsync(form, new Dictionary<string, string> { ["Input.Subject"] = new string('a', 301) });
        Assert.Contains("L'objet ne doit pas dépasser 300 caractères.", tooLong.Errors);

        var dueBefore = await reader.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            ["Input.Subject"] = "Une demande datée à l'envers",
            ["Input.ReceivedOn"] = "2026-05-10",
            ["Input.DueOn"] = "2026-05-09",
        });
        Assert.Contains("La réponse ne peut être souhaitée avant la date de la demande.", dueBefore.Errors);
        Assert.Equal("Une demande datée à l'envers", Value(dueBefore, "#Input_Subject"));

        Assert.Equal(before, await CountAsync(reader));
    }

    [Fact]
    public async Task The_coordinator_answers_with_time_spent_in_french_and_the_fiches_concerned()
    {
        Guid first, second;
        using (var data = new MethodologyData(_platform))
        {
            first = data.Fiche(MethodologyData.NewNumber(), "Guichet unique petite enfance", "EnCours");
            second = data.Fiche(MethodologyData.NewNumber(), "Point d'accès aux droits", "ALancer");
        }
        using var reader = await fixture.SignedInAsync(Accounts.Lecteur);
        var demande = await CreateAsync(reader, "Construire les indicateurs de la fiche accès aux droits", received: Today.AddDays(-3));
        using var coordinator = await fixture.SignedInAsync(Accounts.Coordination);
        var page = await coordinator.OpenAsync(demande);

        var badHours = await coordinator.SubmitAndFollowAsync(page, Answer("Traitee", Today, "1001"), "form#reponse-form");
        Assert.Contains("Le temps passé va de 0 à 1 000 heures.", badHours.Errors);
        var notANumber = await coordinator.SubmitAndFollowAsync(page, Answer("Traitee", Today, "deux heures"), "form#reponse-form");
        Assert.Contains("« deux heures » n'est pas une valeur valide", notANumber.Errors);
        var beforeReceived = await coordinator.SubmitAndFollowAsync(page, Answer("Traitee", Today.AddDays(-4), "1"), "form#reponse-form");
        Assert.Contains($"La réponse ne peut précéder la demande, reçue le {Today.AddDays(-3):dd/MM/yyyy}.", beforeReceived.Errors);
        var undated = await coordinator.SubmitAndFollowAsync(page, Answer("Traitee", null, "1"), "form#reponse-form");
        Assert.Contains("Indiquez la date de la réponse d'une demande traitée ou classée sans suite.", undated.Errors);
        Assert.Contains("Statut Reçue", (await reader.OpenAsync(demande)).TextOf("#demande"));

        var fields = Answer("Traitee", Today, "1,5");
        fields["Input.FicheIds"] = first.ToString();
        var answered = await coordinator.SubmitAndFollowAsync(page, fields, "form#reponse-form");

        Assert.Contains("La réponse à la demande d'appui est enregistrée.", answered.Text);
        var seen = await reader.OpenAsync(demande);
        Assert.Contains("Statut Traitée", seen.TextOf("#demande"));
        Assert.Contains($"Répondue le {Today:dd/MM/yyyy}, temps passé : 1,5 h", seen.TextOf("#reponse-apportee"));
        Assert.Contains("Trois indicateurs proposés", seen.TextOf("#reponse-apportee"));
        Assert.Single(seen.Document.QuerySelectorAll("#fiches-concernees li"));
        Assert.Contains("Guichet unique petite enfance", seen.TextOf("#fiches-concernees"));
        Assert.Equal("1,5", Value(await coordinator.OpenAsync(demande), "#Input_HoursSpent"));

        // Two fiches at once, as a multiple select posts them.
        var again = await coordinator.OpenAsync(demande);
        var response = await PostWithTokenAsync(coordinator, again, demande,
            ("Input.Version", Value(again, "input[name='Input.Version']")), ("Input.Status", "Traitee"),
            ("Input.AnsweredOn", Today.ToString("yyyy-MM-dd")), ("Input.HoursSpent", "2,25"), ("Input.Text", "Complété."),
            ("Input.FicheIds", first.ToString()), ("Input.FicheIds", second.ToString()));
        Assert.Equal(demande, Browser.RedirectPath(response));
        var both = await reader.OpenAsync(demande);
        Assert.Equal(2, both.Document.QuerySelectorAll("#fiches-concernees li").Length);
        Assert.Contains("temps passé : 2,25 h", both.TextOf("#reponse-apportee"));
    }

    [Theory]
    [InlineData(Roles.Lecteur)]
    [InlineData(Roles.Contributeur)]
    public async Task Only_coordination_answers(string role)
    {
        using var browser = await fixture.SignedInAsync(Accounts.ForRole(role));
        var demande = await CreateAsync(browser, $"Demande de {role} {Guid.NewGuid():N}");
        var page = await browser.OpenAsync(demande);

        Assert.Null(page.Document.QuerySelector("form#reponse-form"));
        var forged = await PostWithTokenAsync(browser, page, demande,
            ("Input.Version", "1"), ("Input.Status", "Traitee"), ("Input.AnsweredOn", Today.ToString("yyyy-MM-dd")), ("Input.Text", "Réponse forgée"));
        Assert.Equal("/acces-refuse", Browser.RedirectPath(forged));
        Assert.Contains("Statut Reçue", (await browser.OpenAsync(demande)).TextOf("#demande"));
    }

    [Fact]
    public async Task An_answer_saved_meanwhile_by_someone_else_is_not_overwritten()
    {
        using var coordinator = await fixture.SignedInAsync(Accounts.Coordination);
        var demande = await CreateAsync(coordinator, $"Relire le bilan de la CTG {Guid.NewGuid():N}");
        var first = await coordinator.OpenAsync(demande);
        var second = await coordinator.OpenAsync(demande);

        await coordinator.SubmitAndFollowAsync(first, Answer("EnCours", null, "2", "Première lecture faite."), "form#reponse-form");
        var stale = await coordinator.SubmitAndFollowAsync(second, Answer("SansSuite", Today, "0", "Réponse écrasée"), "form#reponse-form");

        Assert.Contains("Cet élément a été modifié par quelqu'un d'autre", stale.Text);
        var page = await coordinator.OpenAsync(demande);
        Assert.Contains("Statut En cours", page.TextOf("#demande"));
        Assert.Contains("Première lecture faite.", page.TextOf("#reponse-apportee"));
        Assert.DoesNotContain("Réponse écrasée", page.Text);
    }

    public static Dictionary<string, string> Answer(string status, DateOnly? answeredOn, string hours, string text = "Trois indicateurs proposés, avec leur source.") => new()
    {
        ["Input.Status"] = status,
        ["Input.AnsweredOn"] = answeredOn?.ToString("yyyy-MM-dd") ?? "",
        ["Input.HoursSpent"] = hours,
        ["Input.Text"] = text,
    };

    /// <summary>Sends a demande through the form; returns the path of its page.</summary>
    public static async Task<string> CreateAsync(Browser browser, string subject, string kind = "Service", DateOnly? received = null, DateOnly? due = null)
    {
        var form = await browser.OpenAsync("/methodologie/appui/nouvelle");
        var page = await browser.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            ["Input.Subject"] = subject,
            ["Input.RequesterKind"] = kind,
            ["Input.ReceivedOn"] = (received ?? Today).ToString("yyyy-MM-dd"),
            ["Input.DueOn"] = due?.ToString("yyyy-MM-dd") ?? "",
        });
        Assert.True(page.Path != "/methodologie/appui/nouvelle", $"Demande refusée : {page.Errors}");
        return page.Path;
    }

    private static async Task<int> CountAsync(Browser browser) =>
        (await browser.OpenAsync("/methodologie/appui")).Document.QuerySelectorAll("#demandes tbody tr").Length;
}

/// <summary>The figures of the appui and the filters of the list: they count every demande, on a platform of their own.</summary>
public sealed class AppuiFiguresTests(MethodologyPlatform fixture) : IClassFixture<MethodologyPlatform>
{
    private readonly PlatformFactory _platform = fixture.Platform;
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);

    [Fact]
    public async Task The_list_counts_the_appui_by_status_and_requester_with_time_spent_median_delay_and_late_ones()
    {
        using var coordinator = await fixture.SignedInAsync(Accounts.Coordination);
        var old = await AppuiPagesTests.CreateAsync(coordinator, "Bilan à mi-parcours de la CTG", "Elu", new DateOnly(2024, 3, 4));
        await Answer(coordinator, old, "Traitee", new DateOnly(2024, 3, 7), "2,5");                                     // 3 days
        var late = await AppuiPagesTests.CreateAsync(coordinator, "Trame de fiche action", "Service", Today.AddDays(-20), Today.AddDays(-5));
        await Answer(coordinator, late, "EnCours", null, "1");                                                        // open, past due
        var recent = await AppuiPagesTests.CreateAsync(coordinator, "Préparer le COPIL", "Elu", Today.AddDays(-10));
        await Answer(coordinator, recent, "Traitee", Today, "0,75");                                                  // 10 days
        await AppuiPagesTests.CreateAsync(coordinator, "Questionnaire aux familles", "Partenaire", Today, Today.AddDays(5));

        using var reader = await fixture.SignedInAsync(Accounts.Lecteur);
        var all = await reader.OpenAsync("/methodologie/appui");

        Assert.Equal("4", all.TextOf("[data-figure=total]"));
        Assert.Equal("Reçue : 1, En cours : 1, Traitée : 2, Sans suite : 0", all.TextOf("[data-figure=statuts]"));
        Assert.Equal("Élu(e) : 2, Service : 1, Partenaire : 1, Autre : 0", all.TextOf("[data-figure=demandeurs]"));
        Assert.Equal("4,25 h", all.TextOf("[data-figure=heures]"));
        Assert.Equal("6,5 jour(s)", all.TextOf("[data-figure=delai]"));
        Assert.Equal("1", all.TextOf("[data-figure=retard]"));
        Assert.Contains("En retard", all.TextOf($"tr[data-demande='{late.Split('/').Last()}']"));
        Assert.Equal(4, all.Document.QuerySelectorAll("#demandes tbody tr").Length);

        var treated = await reader.OpenAsync("/methodologie/appui?statut=Traitee");
        Assert.Equal(2, treated.Document.QuerySelectorAll("#demandes tbody tr").Length);
        Assert.Equal("3,25 h", treated.TextOf("[data-figure=heures]"));
        var elus = await reader.OpenAsync("/methodologie/appui?demandeur=Elu");
        Assert.Equal(["Préparer le COPIL", "Bilan à mi-parcours de la CTG"], elus.Document.QuerySelectorAll("#demandes tbody th").Select(th => th.TextContent.Trim()));
        var year = await reader.OpenAsync("/methodologie/appui?annee=2024");
        Assert.Equal("1", year.TextOf("[data-figure=total]"));
        Assert.Equal("3 jour(s)", year.TextOf("[data-figure=delai]"));
        Assert.Equal("2024", year.Document.QuerySelector<IHtmlSelectElement>("#annee")!.Value);
        var none = await reader.OpenAsync("/methodologie/appui?statut=SansSuite&annee=2024");
        Assert.Contains("Aucune demande d'appui ne correspond à cette sélection.", none.Text);
        Assert.Equal("aucune réponse encore", none.TextOf("[data-figure=delai]"));
    }

    private static async Task Answer(Browser coordinator, string demande, string status, DateOnly? answeredOn, string hours)
    {
        var page = await coordinator.OpenAsync(demande);
        var saved = await coordinator.SubmitAndFollowAsync(page, AppuiPagesTests.Answer(status, answeredOn, hours), "form#reponse-form");
        Assert.True(saved.Errors.Length == 0, saved.Errors);
    }
}
