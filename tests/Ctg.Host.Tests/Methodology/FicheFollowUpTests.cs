using System.Globalization;
using static Ctg.Host.Tests.Methodology.MethodologyData;
using static Ctg.Host.Tests.Methodology.MethodologySteps;

namespace Ctg.Host.Tests.Methodology;

/// <summary>Following a fiche up from its page: progress, notes, jalons; and what the other modules hear of it.</summary>
[Collection(FichesCollection.Name)]
public sealed class FicheFollowUpTests(MethodologyPlatform fixture)
{
    private readonly PlatformFactory _platform = fixture.Platform;

    private static string Today => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_new_fiche_is_announced_and_the_evaluation_journal_records_it()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var number = NewNumber();

        await CreateFicheAsync(coordination, number, "Soutenir le projet social du centre social");

        Assert.Contains($"Fiche action créée : n° {number}, Soutenir le projet social du centre social", Journal(_platform));
    }

    [Fact]
    public async Task The_quick_progress_form_changes_status_progress_and_weather_with_history_and_notification()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var number = NewNumber();
        var id = await CreateFicheAsync(coordination, number, "Développer l'accueil du jeune enfant");
        var page = await coordination.OpenAsync($"/methodologie/fiches/{id}");

        var refused = await coordination.SubmitAndFollowAsync(page, new Dictionary<string, string> { ["Input.Progress"] = "150" }, "#form-avancement");
        Assert.Equal("L'avancement est un pourcentage entre 0 et 100.", refused.Errors);
        Assert.Equal(0, Count(_platform, "SELECT Progress FROM Met_FichesActions WHERE Id = $1", id));

        var saved = await coordination.SubmitAndFollowAsync(page, new Dictionary<string, string>
        {
            ["Input.Status"] = "Realisee", ["Input.Progress"] = "100", ["Input.Meteo"] = "Favorable",
        }, "#form-avancement");

        Assert.True(saved.Path == $"/methodologie/fiches/{id}", saved.Errors);
        Assert.Equal("Réalisée", saved.TextOf("#statut"));
        Assert.Equal("Avancement : 100 %", saved.TextOf("#avancement"));
        Assert.Equal("Favorable", saved.TextOf("#meteo"));
        var fields = saved.Document.QuerySelectorAll("#historique .champ").Select(c => c.TextContent).ToList();
        Assert.Equal(["Statut", "Avancement", "Météo", "Création"], fields);
        Assert.Contains($"Fiche action n° {number}, Développer l'accueil du jeune enfant : statut « À lancer » devenu « Réalisée »", Journal(_platform));

        // The page read before this save is now stale.
        var stale = await coordination.SubmitAndFollowAsync(page, new Dictionary<string, string> { ["Input.Status"] = "Bloquee" }, "#form-avancement");
        Assert.Contains("Cet élément a été modifié par quelqu'un d'autre", stale.Errors);
        Assert.Equal("Realisee", Scalar(_platform, "SELECT Status FROM Met_FichesActions WHERE Id = $1", id));
    }

    [Fact]
    public async Task Notes_de_suivi_are_dated_signed_and_shown_newest_first()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var id = await CreateFicheAsync(coordination, NewNumber(), "Créer un lieu d'accueil enfants-parents");
        var page = await coordination.OpenAsync($"/methodologie/fiches/{id}");

        var empty = await coordination.SubmitAndFollowAsync(page, new Dictionary<string, string> { ["Input.Text"] = "  " }, "#form-note");
        Assert.Equal("Écrivez la note de suivi.", empty.Errors);
        Assert.Equal(0, Count(_platform, "SELECT COUNT(*) FROM Met_FicheNotes WHERE FicheId = $1", id));

        await coordination.SubmitAndFollowAsync(page, new Dictionary<string, string> { ["Input.Date"] = "2026-02-03", ["Input.Text"] = "Rencontre avec la CAF." }, "#form-note");
        var shown = await coordination.SubmitAndFollowAsync(page, new Dictionary<string, string> { ["Input.Text"] = "Local trouvé à <b>Appoigny</b>." }, "#form-note");

        var notes = shown.Document.QuerySelectorAll("#notes li.note").Select(n => HtmlPage.Normalize(n.TextContent)).ToList();
        Assert.Equal(2, notes.Count);
        Assert.Equal($"{Today} · {Accounts.Coordination.DisplayName} Local trouvé à Appoigny.", notes[0]);
        Assert.Equal($"03/02/2026 · {Accounts.Coordination.DisplayName} Rencontre avec la CAF.", notes[1]);
        // A note does not make an edit form open elsewhere stale.
        Assert.Equal(1, Count(_platform, "SELECT Version FROM Met_FichesActions WHERE Id = $1", id));
    }

    [Fact]
    public async Task A_jalon_marked_reached_shows_its_date_writes_history_and_is_announced_late()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var number = NewNumber();
        var id = await CreateFicheAsync(coordination, number, "Harmoniser les accueils du mercredi", new Dictionary<string, string>
        {
            ["Input.Jalons[0].Title"] = "Réunion des directeurs d'ALSH", ["Input.Jalons[0].DueOn"] = "2021-09-01",
        });
        var page = await coordination.OpenAsync($"/methodologie/fiches/{id}");
        Assert.Contains("En retard", page.TextOf("#jalons"));

        var reached = await coordination.SubmitAndFollowAsync(page, new Dictionary<string, string>(), "form.jalon-atteint");

        Assert.True(reached.Path == $"/methodologie/fiches/{id}", reached.Errors);
        Assert.Contains($"Atteint le {Today}", reached.TextOf("#jalons"));
        Assert.Null(reached.Document.QuerySelector("form.jalon-atteint"));
        Assert.Contains($"Réunion des directeurs d'ALSH : prévu le 01/09/2021, atteint le {Today}", reached.TextOf("#historique"));
        Assert.Contains($"Jalon atteint en retard : Réunion des directeurs d'ALSH (fiche action n° {number}, prévu le 01/09/2021)", Journal(_platform));
    }

    [Fact]
    public async Task Coordination_deletes_a_fiche_after_confirmation_with_everything_attached_to_it()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var title = "Fiche à supprimer " + Guid.NewGuid().ToString("N")[..6];
        var (plan, _) = PlanWithOneAxis(_platform, "Plan " + title);
        var form = await coordination.OpenAsync($"/methodologie/fiches/nouvelle?plan={plan}");
        var created = await coordination.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Number"] = NewNumber(), ["Input.Title"] = title, ["Input.Jalons[0].Title"] = "Jalon", ["Input.Jalons[0].DueOn"] = "2030-01-01",
        });
        var id = Guid.Parse(Browser.RedirectPath(created).Split('/').Last());
        var page = await coordination.OpenAsync($"/methodologie/fiches/{id}");
        await coordination.SubmitAndFollowAsync(page, new Dictionary<string, string> { ["Input.Text"] = "Une note" }, "#form-note");

        var confirmation = await coordination.OpenAsync($"/methodologie/fiches/{id}/supprimer");
        Assert.Contains("La suppression est définitive", confirmation.Text);
        Assert.Contains("1 note(s) de suivi", confirmation.Text);
        Assert.Contains("retirée de 1 plan(s)", confirmation.Text);
        var list = await coordination.SubmitAndFollowAsync(confirmation, new Dictionary<string, string>());

        Assert.Equal("/methodologie/fiches", list.Path);
        Assert.DoesNotContain(title, list.TextOf("#fiches"));
        Assert.Contains("est supprimée", list.Text);
        Assert.Equal(HttpStatusCode.NotFound, (await coordination.GetAsync($"/methodologie/fiches/{id}")).StatusCode);
        foreach (var table in new[] { "Met_FicheJalons", "Met_FicheNotes", "Met_FicheChanges", "Met_PlanFiches" })
        {
            Assert.Equal(0, Count(_platform, $"SELECT COUNT(*) FROM {table} WHERE FicheId = $1", id));
        }
    }

    [Fact]
    public async Task A_fiche_changed_after_the_confirmation_page_was_shown_is_not_deleted()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var form = await coordination.OpenAsync("/methodologie/fiches/nouvelle");
        var created = await coordination.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Number"] = NewNumber(), ["Input.Title"] = "Fiche changée pendant la confirmation",
        });
        var id = Guid.Parse(Browser.RedirectPath(created).Split('/').Last());
        var confirmation = await coordination.OpenAsync($"/methodologie/fiches/{id}/supprimer");
        var page = await coordination.OpenAsync($"/methodologie/fiches/{id}");
        await coordination.SubmitAndFollowAsync(page, new Dictionary<string, string> { ["Input.Status"] = "EnCours", ["Input.Progress"] = "30" }, "#form-avancement");

        var refused = await coordination.SubmitAndFollowAsync(confirmation, new Dictionary<string, string>());

        Assert.Contains("Cet élément a été modifié par quelqu'un d'autre", refused.Text);
        Assert.Equal(1, Count(_platform, "SELECT COUNT(*) FROM Met_FichesActions WHERE Id = $1", id));
        var again = await coordination.SubmitAndFollowAsync(refused, new Dictionary<string, string>());
        Assert.Equal("/methodologie/fiches", again.Path);
        Assert.Equal(0, Count(_platform, "SELECT COUNT(*) FROM Met_FichesActions WHERE Id = $1", id));
    }
}
