using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Ctg.Host.Tests.Governance;

/// <summary>A séance from its creation to its relevé de décisions, as Coordination and a reader use it.</summary>
[Collection(SeanceTestData.Collection)]
public sealed class SeancePagesTests(InstalledPlatform fixture)
{
    private readonly InstalledPlatform _sessions = fixture;
    private readonly PlatformFactory _platform = fixture.Platform;

    private static readonly DateOnly SeanceDate = new(2025, 3, 12);

    /// <summary>An instance with two members in office on the séance date and one who left before it.</summary>
    private async Task<(Browser Coordination, Guid InstanceId, Guid Seance, Guid Anne, Guid Bruno)> SeanceWithMembersAsync(string status = "Tenue")
    {
        var coordination = await _sessions.SignedInAsync(Accounts.Coordination);
        var instance = await SeanceTestData.CreateInstanceAsync(coordination, $"COPIL {Guid.NewGuid():N}");
        var anne = SeanceTestData.AddPerson(_platform, "Anne", "Martin", "CAF de l'Yonne");
        var bruno = SeanceTestData.AddPerson(_platform, "Bruno", "Petit");
        var gone = SeanceTestData.AddPerson(_platform, "Gérard", "Parti");
        SeanceTestData.AddMember(_platform, instance, anne, new DateOnly(2020, 1, 1));
        SeanceTestData.AddMember(_platform, instance, bruno, new DateOnly(2024, 9, 1));
        SeanceTestData.AddMember(_platform, instance, gone, new DateOnly(2020, 1, 1), new DateOnly(2025, 1, 31));
        var seance = await SeanceTestData.CreateSeanceAsync(coordination, instance, SeanceDate, status);
        return (coordination, instance, seance, anne, bruno);
    }

    [Fact]
    public async Task Creating_a_seance_convenes_the_members_in_office_on_its_date()
    {
        var (coordination, _, seance, _, _) = await SeanceWithMembersAsync();
        using var signedIn = coordination;

        var page = await coordination.OpenAsync($"/gouvernance/seances/{seance}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("séance du 12/03/2025", page.TextOf("main h1"));
        Assert.Contains("mercredi 12 mars 2025", page.TextOf(".seance-header"));
        Assert.Contains("14 h 00 – 16 h 30", page.TextOf(".seance-header"));
        Assert.Equal("Tenue", page.TextOf(".seance-status"));
        var convened = page.TextOf("#convoques");
        Assert.Contains("Membres convoqués (2)", convened);
        Assert.Contains("Anne Martin", convened);
        Assert.Contains("CAF de l'Yonne", convened);
        Assert.Contains("Bruno Petit", convened);
        Assert.DoesNotContain("Gérard Parti", page.Text);
    }

    [Fact]
    public async Task A_future_seance_cannot_be_held_and_a_video_link_must_be_a_web_address()
    {
        using var coordination = await _sessions.SignedInAsync(Accounts.Coordination);
        var instance = await SeanceTestData.CreateInstanceAsync(coordination, $"COTECH {Guid.NewGuid():N}");
        var form = await coordination.OpenAsync($"/gouvernance/instances/{instance}/seances/nouvelle");

        var page = await coordination.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            ["Input.Date"] = DateTime.Today.AddDays(30).ToString("yyyy-MM-dd"),
            ["Input.Status"] = "Tenue",
            ["Input.VideoLink"] = "visio de la CAF",
        });

        Assert.Contains("Une séance à venir ne peut pas être déjà tenue.", page.Errors);
        Assert.Contains("Indiquez une adresse web complète", page.Errors);
    }

    [Fact]
    public async Task A_represented_member_needs_a_representative_and_guests_are_listed_apart()
    {
        var (coordination, _, seance, _, _) = await SeanceWithMembersAsync();
        using var signedIn = coordination;
        var claire = SeanceTestData.AddPerson(_platform, "Claire", "Roux", "MSA Bourgogne");
        var guest = SeanceTestData.AddPerson(_platform, "Fanny", "Invitée");
        var form = await coordination.OpenAsync($"/gouvernance/seances/{seance}/emargement");
        var annesRow = RowIndex(form, "Anne Martin");
        var brunosRow = 1 - annesRow;

        var refused = await coordination.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            [$"Input.Members[{annesRow}].Status"] = "Present",
            [$"Input.Members[{brunosRow}].Status"] = "Represente",
        });
        Assert.Contains("Choisissez la personne qui représente ce membre.", refused.Errors);
        var unchanged = await coordination.OpenAsync($"/gouvernance/seances/{seance}");
        Assert.Contains("émargement non saisi", unchanged.TextOf("#convoques"));

        var saved = await coordination.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            [$"Input.Members[{annesRow}].Status"] = "Present",
            [$"Input.Members[{brunosRow}].Status"] = "Represente",
            [$"Input.Members[{brunosRow}].RepresentedById"] = claire.ToString(),
            ["Input.NewGuests[0]"] = guest.ToString(),
        });

        Assert.Equal($"/gouvernance/seances/{seance}", saved.Path);
        Assert.Contains("Bruno Petit", saved.TextOf("#convoques"));
        Assert.Contains("Représenté(e), par Claire Roux", saved.TextOf("#convoques"));
        Assert.DoesNotContain("Fanny", saved.TextOf("#convoques"));
        Assert.Contains("Invités (1)", saved.TextOf("#invites"));
        Assert.Contains("Fanny Invitée", saved.TextOf("#invites"));
        Assert.Contains("Présent(e)", saved.TextOf("#invites"));
        Assert.Contains("participation de 100 %", saved.TextOf(".attendance-summary"));

        var sheet = await coordination.OpenAsync($"/gouvernance/seances/{seance}/imprimer/emargement");
        Assert.Contains("Anne Martin", sheet.TextOf(".emargement-membres"));
        Assert.Contains("CAF de l'Yonne", sheet.TextOf(".emargement-membres"));
        Assert.Contains("Fanny Invitée", sheet.TextOf(".emargement-invites"));
        Assert.NotEmpty(sheet.Document.QuerySelectorAll(".emargement-invites tr.blank-line"));
        Assert.NotNull(sheet.Document.QuerySelector("button[data-print]"));
    }

    [Fact]
    public async Task The_compte_rendu_is_sanitised_before_it_is_stored()
    {
        var (coordination, _, seance, _, _) = await SeanceWithMembersAsync();
        using var signedIn = coordination;
        var form = await coordination.OpenAsync($"/gouvernance/seances/{seance}/compte-rendu");

        var page = await coordination.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            ["Input.MinutesHtml"] = "<p onclick=\"voler()\">Le <strong>bilan annuel</strong> est validé.</p><script>alert('x')</script>",
            ["Input.MinutesStatus"] = "Brouillon",
        });

        var minutes = page.Document.QuerySelector(".minutes")!;
        Assert.Equal("Le bilan annuel est validé.", HtmlPage.Normalize(minutes.TextContent));
        Assert.NotNull(minutes.QuerySelector("strong"));
        Assert.Empty(minutes.QuerySelectorAll("script"));
        Assert.DoesNotContain("onclick", minutes.InnerHtml);
        Assert.DoesNotContain("alert('x')", page.Document.Body!.InnerHtml);
    }

    [Fact]
    public async Task Confidential_minutes_are_hidden_from_a_reader_who_is_not_a_member_and_shown_to_coordination()
    {
        var (coordination, instance, seance, _, _) = await SeanceWithMembersAsync();
        using var signedIn = coordination;
        SeanceTestData.MakeMinutesConfidential(_platform, instance);
        var form = await coordination.OpenAsync($"/gouvernance/seances/{seance}/compte-rendu");
        await coordination.SubmitAndFollowAsync(form, new Dictionary<string, string>
        {
            ["Input.MinutesHtml"] = "<p>Arbitrage budgétaire confidentiel.</p>",
            ["Input.MinutesStatus"] = "Valide",
        });
        using var reader = await _sessions.SignedInAsync(Accounts.Lecteur);

        var asReader = await reader.OpenAsync($"/gouvernance/seances/{seance}");
        var asCoordination = await coordination.OpenAsync($"/gouvernance/seances/{seance}");

        Assert.Equal(HttpStatusCode.OK, asReader.Status);
        Assert.DoesNotContain("Arbitrage budgétaire", asReader.Text);
        Assert.Contains("confidentiel", asReader.TextOf(".minutes-confidential"));
        Assert.Contains("Arbitrage budgétaire confidentiel.", asCoordination.TextOf(".minutes"));
        var printed = await reader.OpenAsync($"/gouvernance/seances/{seance}/imprimer/compte-rendu");
        Assert.DoesNotContain("Arbitrage budgétaire", printed.Text);
        var docx = await DocumentTextAsync(reader, $"/gouvernance/seances/{seance}/compte-rendu.docx");
        Assert.DoesNotContain("Arbitrage budgétaire", docx);
        Assert.Contains("confidentiel", docx);
    }

    [Fact]
    public async Task Decisions_are_numbered_in_the_order_they_are_recorded_and_carry_their_follow_ups()
    {
        var (coordination, _, seance, anne, _) = await SeanceWithMembersAsync();
        using var signedIn = coordination;

        foreach (var text in new[] { "Le bilan annuel est validé.", "Un groupe de travail parentalité est créé." })
        {
            var form = await coordination.OpenAsync($"/gouvernance/seances/{seance}/decisions");
            await coordination.SubmitAsync(form, new Dictionary<string, string> { ["Input.Text"] = text }, "form#decision");
        }
        var decisions = await coordination.OpenAsync($"/gouvernance/seances/{seance}/decisions");
        var addFollowUp = decisions.Document.QuerySelector("li.decision[data-number='2'] a[href$='/suites']")!.GetAttribute("href")!;
        var followUpForm = await coordination.OpenAsync(addFollowUp);
        await coordination.SubmitAsync(followUpForm, new Dictionary<string, string>
        {
            ["Input.Action"] = "Réunir les partenaires de la parentalité",
            ["Input.OwnerId"] = anne.ToString(),
            ["Input.DueDate"] = "2025-06-30",
            ["Input.Status"] = "Faite",
        });

        var page = await coordination.OpenAsync($"/gouvernance/seances/{seance}");
        var numbers = page.Document.QuerySelectorAll("li.decision").Select(d => d.GetAttribute("data-number")).ToList();
        Assert.Equal(["1", "2"], numbers);
        Assert.Contains("Décision n° 1 Le bilan annuel est validé.", page.TextOf("li.decision[data-number='1']"));
        var second = page.TextOf("li.decision[data-number='2']");
        Assert.Contains("Réunir les partenaires de la parentalité", second);
        Assert.Contains("Anne Martin", second);
        Assert.Contains("30/06/2025", second);
        Assert.Contains($"Faite le {DateTime.Today:dd/MM/yyyy}", second);
    }

    [Fact]
    public async Task A_save_over_a_newer_version_of_the_seance_is_refused()
    {
        var (coordination, _, seance, _, _) = await SeanceWithMembersAsync();
        using var signedIn = coordination;
        var first = await coordination.OpenAsync($"/gouvernance/seances/{seance}/modifier");
        var second = await coordination.OpenAsync($"/gouvernance/seances/{seance}/modifier");

        var saved = await coordination.SubmitAsync(first, new Dictionary<string, string> { ["Input.Place"] = "Mairie de Villeneuve" });
        var refused = await coordination.SubmitAndFollowAsync(second, new Dictionary<string, string> { ["Input.Place"] = "Salle des fêtes" });

        Assert.Equal($"/gouvernance/seances/{seance}", Browser.RedirectPath(saved));
        Assert.Contains("modifié par quelqu'un d'autre", refused.Errors);
        var page = await coordination.OpenAsync($"/gouvernance/seances/{seance}");
        Assert.Contains("Mairie de Villeneuve", page.TextOf(".seance-header"));
    }

    [Fact]
    public async Task A_reader_opens_the_seance_but_is_refused_every_edit_page()
    {
        var (coordination, instance, seance, _, _) = await SeanceWithMembersAsync();
        using var signedIn = coordination;
        using var reader = await _sessions.SignedInAsync(Accounts.Lecteur);

        var page = await reader.OpenAsync($"/gouvernance/seances/{seance}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.Document.QuerySelectorAll($"a[href='/gouvernance/seances/{seance}/modifier']"));

        foreach (var path in new[]
        {
            $"/gouvernance/instances/{instance}/seances/nouvelle",
            $"/gouvernance/seances/{seance}/modifier",
            $"/gouvernance/seances/{seance}/ordre-du-jour",
            $"/gouvernance/seances/{seance}/emargement",
            $"/gouvernance/seances/{seance}/compte-rendu",
            $"/gouvernance/seances/{seance}/decisions",
        })
        {
            Assert.Equal("/acces-refuse", Browser.RedirectPath(await reader.GetAsync(path)));
        }
    }

    [Fact]
    public async Task The_convocation_is_a_parsable_ics_file_and_a_text_to_copy()
    {
        var (coordination, _, seance, anne, _) = await SeanceWithMembersAsync("Planifiee");
        using var signedIn = coordination;
        var agenda = await coordination.OpenAsync($"/gouvernance/seances/{seance}/ordre-du-jour");
        await coordination.SubmitAsync(agenda, new Dictionary<string, string>
        {
            ["Input.Title"] = "Bilan annuel",
            ["Input.PresenterId"] = anne.ToString(),
            ["Input.DurationMinutes"] = "45",
        }, "form#point");

        using var response = await coordination.GetAsync($"/gouvernance/seances/{seance}/convocation.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var fields = IcsFields(await response.Content.ReadAsStringAsync());
        Assert.Equal("REQUEST", fields["METHOD"]);
        Assert.Equal($"seance-{seance:N}@plateforme-ctg", fields["UID"]);
        Assert.Matches(@"^COPIL [0-9a-f]{32} – séance du 12/03/2025$", fields["SUMMARY"]);
        Assert.Equal("Salle du conseil", fields["LOCATION"]);
        Assert.Equal("20250312T140000", fields["DTSTART;TZID=Europe/Paris"]);
        Assert.Equal("20250312T163000", fields["DTEND;TZID=Europe/Paris"]);
        Assert.Contains("Bilan annuel (présenté par Anne Martin\\, 45 min)", fields["DESCRIPTION"]);
        Assert.Equal("Europe/Paris", fields["TZID"]);

        var text = await coordination.OpenAsync($"/gouvernance/seances/{seance}/convocation");
        Assert.StartsWith("Convocation : COPIL", text.Document.QuerySelector("#objet")!.GetAttribute("value"));
        var body = text.Document.QuerySelector("#texte")!.TextContent;
        Assert.Contains("mercredi 12 mars 2025, 14 h 00 – 16 h 30", body);
        Assert.Contains("1. Bilan annuel (présenté par Anne Martin, 45 min)", body);
    }

    [Fact]
    public async Task The_compte_rendu_downloads_as_a_word_document()
    {
        var (coordination, _, seance, _, _) = await SeanceWithMembersAsync();
        using var signedIn = coordination;
        var form = await coordination.OpenAsync($"/gouvernance/seances/{seance}/compte-rendu");
        await coordination.SubmitAsync(form, new Dictionary<string, string> { ["Input.MinutesHtml"] = "<p>Les élus valident le plan d'actions.</p>" });

        var text = await DocumentTextAsync(coordination, $"/gouvernance/seances/{seance}/compte-rendu.docx");

        Assert.Contains("Compte rendu – COPIL", text);
        Assert.Contains("Les élus valident le plan d'actions.", text);
        Assert.Contains("Anne Martin", text);
    }

    /// <summary>The index of the émargement row of a member, as the form lists them.</summary>
    private static int RowIndex(HtmlPage form, string name) =>
        form.Document.QuerySelectorAll("#membres tbody tr").Select((row, index) => (row, index))
            .Single(r => r.row.QuerySelector("th")!.TextContent.Contains(name)).index;

    /// <summary>Downloads a DOCX and returns the text of its body.</summary>
    private static async Task<string> DocumentTextAsync(Browser browser, string path)
    {
        using var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = await reader.ReadToEndAsync();
        return System.Net.WebUtility.HtmlDecode(Regex.Replace(xml, "<[^>]+>", " "));
    }

    /// <summary>The properties of an iCalendar file (lines unfolded), by name with its parameters; the first one wins.</summary>
    private static Dictionary<string, string> IcsFields(string ics)
    {
        Assert.StartsWith("BEGIN:VCALENDAR", ics);
        Assert.Contains("BEGIN:VEVENT", ics);
        Assert.Contains("BEGIN:VTIMEZONE", ics);
        var fields = new Dictionary<string, string>();
        foreach (var line in Regex.Replace(ics, "\r?\n[ \t]", "").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                fields.TryAdd(line[..colon], line[(colon + 1)..].TrimEnd('\r'));
            }
        }
        return fields;
    }
}
