using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ctg.Host.Tests.Governance;
using static Ctg.Host.Tests.Methodology.MethodologyData;
using static Ctg.Host.Tests.Methodology.MethodologySteps;

namespace Ctg.Host.Tests.Methodology;

/// <summary>Writing a fiche action with every field, and who may.</summary>
[Collection(FichesCollection.Name)]
public sealed class FicheEditTests(MethodologyPlatform fixture)
{
    private readonly PlatformFactory _platform = fixture.Platform;

    [Fact]
    public async Task Coordination_creates_a_fiche_with_every_field_and_finds_each_one_on_its_page()
    {
        Guid organisation;
        using (var rows = new FiguresData(_platform))
        {
            organisation = rows.Organisation("Maison des familles du Nord-Yonne", "Association");
        }
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var form = await coordination.OpenAsync("/methodologie/fiches/nouvelle");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        var communes = form.Document.QuerySelectorAll<IHtmlInputElement>("input[name='Input.Communes']").Where(c => c.Value != "*").Take(2).ToList();
        communes.ForEach(c => c.IsChecked = true);
        var communeNames = communes.Select(c => HtmlPage.Normalize(form.Document.QuerySelector($"label[for='{c.Id}']")!.TextContent)).ToList();
        Check(form, $"partenaire-organisation-{organisation:N}");
        Check(form, "indicateur-indicateur-taux-participation");
        var number = NewNumber();

        var response = await coordination.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Number"] = number,
            ["Input.Title"] = "Structurer la coordination stratégique de la CTG",
            ["Input.Theme"] = "Animation de la vie sociale",
            ["Input.Diagnostic"] = "Les constats partagés :\n- Une connaissance limitée de la CTG\n- Un fonctionnement cloisonné",
            ["Input.Objective"] = "Faire de la coordination le pivot de la gouvernance.",
            ["Input.OperationalObjectives"] = "- Animer les instances\n- Mettre en cohérence les dispositifs",
            ["Input.Implementation"] = "Autour des missions suivantes :",
            ["Input.Missions[0].Title"] = "Impulser et piloter la CTG",
            ["Input.Missions[0].Items"] = "- Impulser la dynamique\n- Suivre le plan d'actions",
            ["Input.Missions[1].Title"] = "Animer la gouvernance territoriale",
            ["Input.Jalons[0].Title"] = "COPIL de lancement",
            ["Input.Jalons[0].DueOn"] = "2026-03-12",
            ["Input.Jalons[0].DoneOn"] = "2026-03-20",
            ["Input.Jalons[1].Title"] = "Bilan à mi-parcours",
            ["Input.Jalons[1].DueOn"] = "2099-06-30",
            ["Input.Deadline"] = "2099-12-31",
            ["Input.TargetAudience"] = "Élus locaux\nPartenaires institutionnels",
            ["Input.Pilote"] = "Chargée de coopération CTG",
            ["Input.PiloteUserId"] = Option(form, "#Input_PiloteUserId", Accounts.Contributeur.DisplayName),
            ["Input.Services"] = "Service enfance-jeunesse de la CCYN",
            ["Input.PartenairesText"] = "- CAF de l'Yonne\n- Conseil départemental",
            ["Input.EluReferent"] = "Mme la vice-présidente",
            ["Input.Means"] = "0,5 ETP de coordination",
            ["Input.Financements[0].Funder"] = "CAF",
            ["Input.Financements[0].Year"] = "2026",
            ["Input.Financements[0].Planned"] = "12000",
            ["Input.Financements[0].Actual"] = "9500,50",
            ["Input.Financements[1].Funder"] = "CCYN",
            ["Input.Financements[1].Year"] = "2026",
            ["Input.Financements[1].Planned"] = "8000",
            ["Input.ExpectedResults"] = "- Une gouvernance clarifiée",
            ["Input.IndicatorsText"] = "- Nombre d'instances animées",
            ["Input.OtherInformation"] = "CALENDRIER\nRévision en 2027",
            ["Input.DecisionAwaited"] = "Valider le calendrier des COPIL",
            ["Input.Status"] = "EnCours",
            ["Input.Progress"] = "35",
            ["Input.Meteo"] = "Vigilance",
            ["Input.Priority"] = "Haute",
        });

        var path = Browser.RedirectPath(response);
        var page = await coordination.OpenAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Structurer la coordination stratégique de la CTG", page.TextOf("h1"));
        Assert.Contains($"Fiche action n° {number} · Animation de la vie sociale", page.Text);
        Assert.Equal(["Une connaissance limitée de la CTG", "Un fonctionnement cloisonné"],
            page.Document.QuerySelectorAll("#diagnostic li").Select(li => li.TextContent).ToArray());
        Assert.Contains("Faire de la coordination le pivot de la gouvernance.", page.TextOf("#objectif"));
        Assert.Equal(2, page.Document.QuerySelectorAll("#objectifs-operationnels li").Length);
        Assert.Contains("Partenaires institutionnels", page.TextOf("#public"));
        foreach (var name in communeNames)
        {
            Assert.Contains(name, page.TextOf("#communes"));
        }
        var missions = page.Document.QuerySelectorAll("#missions > li").Select(li => HtmlPage.Normalize(li.TextContent)).ToList();
        Assert.Equal(2, missions.Count);
        Assert.Equal("Impulser et piloter la CTG Impulser la dynamique Suivre le plan d'actions", missions[0]);
        Assert.Contains("Atteint le 20/03/2026", page.TextOf("#jalons"));
        Assert.Contains("avec retard", page.TextOf("#jalons"));
        Assert.Contains("À venir", page.TextOf("#jalons"));
        Assert.Equal("Chargée de coopération CTG", page.TextOf("#pilote"));
        Assert.Contains("Mme la vice-présidente", page.TextOf("#acteurs"));
        Assert.Contains("Service enfance-jeunesse de la CCYN", page.TextOf("#acteurs"));
        var partners = page.TextOf("#partenaires");
        Assert.Contains("CAF de l'Yonne", partners);
        Assert.Contains("Conseil départemental", partners);
        Assert.NotNull(page.Document.QuerySelector($"#partenaires a[href='/gouvernance/annuaire?organisation={organisation}']"));
        Assert.Equal("20 000 €", page.TextOf("#total-previsionnel"));
        Assert.Equal("9 500,5 €", page.TextOf("#total-reel"));
        Assert.Contains("0,5 ETP de coordination", page.TextOf("#moyens"));
        Assert.Contains("Une gouvernance clarifiée", page.TextOf("#resultats"));
        Assert.Contains("Nombre d'instances animées", page.TextOf("#indicateurs"));
        Assert.Contains("Taux de participation des partenaires", page.TextOf("#indicateurs-suivis"));
        Assert.Contains("Révision en 2027", page.TextOf("#autres"));
        Assert.Contains("Valider le calendrier des COPIL", page.TextOf("#suivi"));
        Assert.Equal("En cours", page.TextOf("#statut"));
        Assert.Equal("Avancement : 35 %", page.TextOf("#avancement"));
        Assert.Equal("Vigilance", page.TextOf("#meteo"));
        Assert.Equal("31/12/2099", page.TextOf("#echeance"));
        Assert.Contains("Création", page.TextOf("#historique"));
        Assert.Contains(Accounts.Coordination.DisplayName, page.TextOf("#historique"));
        Assert.Equal(UserId(_platform, Accounts.Contributeur), Scalar(_platform, "SELECT PiloteUserId FROM Met_FichesActions WHERE Number = $1", number));

        // The edit form gives every field back as it was saved.
        var edit = await coordination.OpenAsync(path + "/modifier");
        Assert.Equal("Impulser la dynamique\nSuivre le plan d'actions", edit.Document.QuerySelector<IHtmlTextAreaElement>("#Input_Missions_0__Items")!.Value);
        Assert.Equal("2026-03-20", edit.Document.QuerySelector<IHtmlInputElement>("#Input_Jalons_0__DoneOn")!.Value);
        Assert.Equal("9500,5", edit.Document.QuerySelector<IHtmlInputElement>("#Input_Financements_0__Actual")!.Value);
        Assert.True(edit.Document.QuerySelector<IHtmlInputElement>($"#partenaire-organisation-{organisation:N}")!.IsChecked);
        Assert.True(edit.Document.QuerySelector<IHtmlInputElement>($"#{communes[0].Id}")!.IsChecked);
        Assert.Equal(2, FicheCountOfEmptyRows(edit, "tr.jalon", "Input_Jalons"));
        Assert.Equal(3, FicheCountOfEmptyRows(edit, "tr.financement", "Input_Financements"));
    }

    [Fact]
    public async Task Markup_typed_or_pasted_is_stored_as_plain_text()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var number = NewNumber();
        var id = await CreateFicheAsync(coordination, number, "<b>Accueil</b> des familles", new Dictionary<string, string>
        {
            ["Input.Diagnostic"] = "<p>Constat <script>alert('x')</script><i>partagé</i></p><ul><li>Isolement</li></ul>",
        });

        Assert.Equal("Accueil des familles", Scalar(_platform, "SELECT Title FROM Met_FichesActions WHERE Id = $1", id));
        Assert.Equal("Constat partagé\nIsolement", Scalar(_platform, "SELECT Diagnostic FROM Met_FichesActions WHERE Id = $1", id));
        var page = await coordination.OpenAsync($"/methodologie/fiches/{id}");
        Assert.Null(page.Document.QuerySelector("#diagnostic script, #diagnostic b, #diagnostic i, h1 b"));
        Assert.Equal(["Constat partagé", "Isolement"], page.Document.QuerySelectorAll("#diagnostic p, #diagnostic li").Select(e => e.TextContent).ToArray());
    }

    [Fact]
    public async Task Wrong_input_is_refused_with_a_french_message_next_to_its_field_and_nothing_is_saved()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var taken = NewNumber();
        await CreateFicheAsync(coordination, taken, "Fiche existante");
        var cases = new (Dictionary<string, string> Fields, string Field, string Message)[]
        {
            (new() { ["Input.Number"] = taken }, "Input.Number", $"La fiche n° {taken} existe déjà."),
            (new() { ["Input.Jalons[0].Title"] = "Bilan", ["Input.Jalons[0].DueOn"] = "" }, "Input.Jalons[0].DueOn", "Donnez la date prévue du jalon « Bilan »."),
            (new() { ["Input.Progress"] = "150" }, "Input.Progress", "L'avancement est un pourcentage entre 0 et 100."),
            (new() { ["Input.Communes"] = "99999" }, "Input.Communes", "La commune de code « 99999 » n'appartient pas au territoire."),
            (new() { ["Input.Financements[0].Planned"] = "500" }, "Input.Financements[0].Funder", "Indiquez le financeur de ce montant."),
        };
        foreach (var (fields, field, message) in cases)
        {
            var title = "Fiche refusée " + Guid.NewGuid().ToString("N");
            var form = await coordination.OpenAsync("/methodologie/fiches/nouvelle");
            var values = new Dictionary<string, string> { ["Input.Number"] = NewNumber(), ["Input.Title"] = title };
            foreach (var (name, value) in fields)
            {
                values[name] = value;
            }

            var page = await coordination.SubmitAndFollowAsync(form, values);

            Assert.Equal("/methodologie/fiches/nouvelle", page.Path);
            Assert.Equal(message, HtmlPage.Normalize(page.Document.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent ?? page.Errors));
            Assert.Equal(title, page.Document.QuerySelector<IHtmlInputElement>("#Input_Title")!.Value);
            Assert.Equal(0, Count(_platform, "SELECT COUNT(*) FROM Met_FichesActions WHERE Title = $1", title));
        }
    }

    [Fact]
    public async Task An_edit_writes_one_history_line_per_changed_field_with_who_and_when()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var id = await CreateFicheAsync(coordination, NewNumber(), "Harmoniser les accueils de loisirs", new Dictionary<string, string>
        {
            ["Input.Diagnostic"] = string.Join(" ", Enumerable.Repeat("Les accueils du mercredi sont inégalement répartis.", 40)),
        });
        var edit = await coordination.OpenAsync($"/methodologie/fiches/{id}/modifier");

        var page = await coordination.SubmitAndFollowAsync(edit, new Dictionary<string, string>
        {
            ["Input.Title"] = "Harmoniser les ALSH du mercredi",
            ["Input.Status"] = "Bloquee",
            ["Input.Deadline"] = "2030-06-30",
            ["Input.Diagnostic"] = "Diagnostic refait.",
            ["Input.Jalons[0].Title"] = "Réunion des directeurs",
            ["Input.Jalons[0].DueOn"] = "2030-01-15",
        });

        Assert.True(page.Path == $"/methodologie/fiches/{id}", page.Errors);
        var lines = page.Document.QuerySelectorAll("#historique tr.changement").Select(tr => new
        {
            Field = HtmlPage.Normalize(tr.QuerySelector(".champ")!.TextContent),
            Old = HtmlPage.Normalize(tr.QuerySelector(".avant")!.TextContent),
            New = HtmlPage.Normalize(tr.QuerySelector(".apres")!.TextContent),
            Text = HtmlPage.Normalize(tr.TextContent),
        }).ToList();
        Assert.Equal(["Intitulé", "Diagnostic", "Jalons", "Statut", "Échéance", "Création"], lines.Select(l => l.Field).ToArray());
        Assert.Equal("Harmoniser les accueils de loisirs", lines[0].Old);
        Assert.Equal("Harmoniser les ALSH du mercredi", lines[0].New);
        Assert.True(lines[1].Old.Length <= 200 && lines[1].Old.EndsWith('…'), lines[1].Old);
        Assert.Equal("Réunion des directeurs : prévu le 15/01/2030", lines[2].New);
        Assert.Equal("À lancer", lines[3].Old);
        Assert.Equal("Bloquée", lines[3].New);
        Assert.Equal("—", lines[4].Old);
        Assert.Equal("30/06/2030", lines[4].New);
        Assert.Contains(Accounts.Coordination.DisplayName, lines[0].Text);
        Assert.Matches(@"\d{2}/\d{2}/\d{4} à \d{2}h\d{2}", lines[0].Text);
    }

    [Fact]
    public async Task Two_edits_from_the_same_version_the_second_is_refused_and_the_first_kept()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var id = await CreateFicheAsync(coordination, NewNumber(), "Créer un LAEP itinérant");
        var first = await coordination.OpenAsync($"/methodologie/fiches/{id}/modifier");
        var second = await coordination.OpenAsync($"/methodologie/fiches/{id}/modifier");

        var saved = await coordination.SubmitAndFollowAsync(first, new Dictionary<string, string> { ["Input.Title"] = "Créer un LAEP itinérant sur le nord" });
        Assert.True(saved.Path == $"/methodologie/fiches/{id}", saved.Errors);
        var stale = await coordination.SubmitAndFollowAsync(second, new Dictionary<string, string> { ["Input.Title"] = "Titre écrasé" });

        Assert.Contains("Cet élément a été modifié par quelqu'un d'autre", stale.Errors);
        var page = await coordination.OpenAsync($"/methodologie/fiches/{id}");
        Assert.Equal("Créer un LAEP itinérant sur le nord", page.TextOf("h1"));
        Assert.Equal(0, Count(_platform, "SELECT COUNT(*) FROM Met_FicheChanges WHERE NewValue = 'Titre écrasé'"));
    }

    [Fact]
    public async Task A_contributeur_edits_the_fiches_they_pilot_but_cannot_hand_them_over()
    {
        var contributeurId = UserId(_platform, Accounts.Contributeur);
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var form = await coordination.OpenAsync("/methodologie/fiches/nouvelle");
        var mine = await CreateFicheAsync(coordination, NewNumber(), "Fiche pilotée par Chloé", new Dictionary<string, string>
        {
            ["Input.PiloteUserId"] = Option(form, "#Input_PiloteUserId", Accounts.Contributeur.DisplayName),
        });
        var other = await CreateFicheAsync(coordination, NewNumber(), "Fiche d'un autre pilote");
        using var contributeur = await fixture.SignedInAsync(Accounts.Contributeur);

        var edit = await contributeur.OpenAsync($"/methodologie/fiches/{mine}/modifier");
        Assert.Equal(HttpStatusCode.OK, edit.Status);
        Assert.Null(edit.Document.QuerySelector("select[name='Input.PiloteUserId']"));
        var saved = await contributeur.SubmitAndFollowAsync(edit, new Dictionary<string, string>
        {
            ["Input.Title"] = "Fiche pilotée et mise à jour par Chloé",
            ["Input.PiloteUserId"] = UserId(_platform, Accounts.Coordination),
        });
        Assert.True(saved.Path == $"/methodologie/fiches/{mine}", saved.Errors);
        Assert.Equal("Fiche pilotée et mise à jour par Chloé", saved.TextOf("h1"));
        Assert.Equal(contributeurId, Scalar(_platform, "SELECT PiloteUserId FROM Met_FichesActions WHERE Id = $1", mine));
        Assert.NotNull(saved.Document.QuerySelector("#form-avancement"));
        Assert.Null(saved.Document.QuerySelector("a[href$='/supprimer']"));

        var otherPage = await contributeur.OpenAsync($"/methodologie/fiches/{other}");
        Assert.Equal(HttpStatusCode.OK, otherPage.Status);
        Assert.Null(otherPage.Document.QuerySelector($"a[href='/methodologie/fiches/{other}/modifier']"));
        Assert.Null(otherPage.Document.QuerySelector("#form-avancement, #form-note"));
        foreach (var path in new[] { $"/methodologie/fiches/{other}/modifier", $"/methodologie/fiches/{other}/avancement", "/methodologie/fiches/nouvelle", $"/methodologie/fiches/{mine}/supprimer" })
        {
            Assert.Equal("/acces-refuse", Browser.RedirectPath(await contributeur.GetAsync(path)));
        }
        var forged = await PostWithTokenAsync(contributeur, otherPage, $"/methodologie/fiches/{other}/modifier",
            ("Input.Number", "X1"), ("Input.Title", "Prise de contrôle"), ("Input.Version", "1"), ("Input.PiloteUserId", contributeurId));
        Assert.Equal("/acces-refuse", Browser.RedirectPath(forged));
        Assert.Equal("Fiche d'un autre pilote", Scalar(_platform, "SELECT Title FROM Met_FichesActions WHERE Id = $1", other));
    }

    [Fact]
    public async Task A_lecteur_reads_every_fiche_page_but_cannot_change_anything()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var id = await CreateFicheAsync(coordination, NewNumber(), "Faciliter l'accès aux droits", new Dictionary<string, string>
        {
            ["Input.Jalons[0].Title"] = "Ouverture France services", ["Input.Jalons[0].DueOn"] = "2020-01-10",
        });
        var jalon = Scalar(_platform, "SELECT Id FROM Met_FicheJalons WHERE FicheId = $1", id)!.ToString()!.ToLowerInvariant();
        using var lecteur = await fixture.SignedInAsync(Accounts.Lecteur);

        var page = await lecteur.OpenAsync($"/methodologie/fiches/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Faciliter l'accès aux droits", page.TextOf("h1"));
        Assert.Null(page.Document.QuerySelector("main form[method=post]"));
        Assert.Null(page.Document.QuerySelector("a[href$='/modifier'], a[href$='/supprimer']"));
        Assert.NotNull(page.Document.QuerySelector($"a[href='/methodologie/fiches/{id}/imprimer']"));
        Assert.NotNull(page.Document.QuerySelector($"a[href='/methodologie/fiches/{id}/docx']"));
        Assert.Equal(HttpStatusCode.OK, (await lecteur.OpenAsync("/methodologie/fiches")).Status);
        foreach (var path in new[]
        {
            "/methodologie/fiches/nouvelle", $"/methodologie/fiches/{id}/modifier", $"/methodologie/fiches/{id}/avancement",
            $"/methodologie/fiches/{id}/notes", $"/methodologie/fiches/{id}/jalons/{jalon}/atteint", $"/methodologie/fiches/{id}/supprimer",
        })
        {
            Assert.Equal("/acces-refuse", Browser.RedirectPath(await lecteur.GetAsync(path)));
        }
        var posts = new[]
        {
            await PostWithTokenAsync(lecteur, page, $"/methodologie/fiches/{id}/avancement", ("Input.Version", "1"), ("Input.Status", "Realisee"), ("Input.Progress", "100")),
            await PostWithTokenAsync(lecteur, page, $"/methodologie/fiches/{id}/notes", ("Input.Text", "Note d'un lecteur")),
            await PostWithTokenAsync(lecteur, page, $"/methodologie/fiches/{id}/jalons/{jalon}/atteint"),
            await PostWithTokenAsync(lecteur, page, $"/methodologie/fiches/{id}/supprimer"),
        };
        Assert.All(posts, response => Assert.Equal("/acces-refuse", Browser.RedirectPath(response)));
        var after = await coordination.OpenAsync($"/methodologie/fiches/{id}");
        Assert.Equal("À lancer", after.TextOf("#statut"));
        Assert.Contains("Aucune note de suivi.", after.TextOf("#notes"));
        Assert.Contains("En retard", after.TextOf("#jalons"));
    }

    private static int FicheCountOfEmptyRows(HtmlPage page, string rowSelector, string idPrefix) =>
        page.Document.QuerySelectorAll(rowSelector)
            .Count(row => row.QuerySelectorAll<IHtmlInputElement>($"input[id^='{idPrefix}']").All(i => i.Value.Length == 0));
}
