using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using static Ctg.Host.Tests.Methodology.MethodologyData;
using static Ctg.Host.Tests.Methodology.MethodologySteps;

namespace Ctg.Host.Tests.Methodology;

/// <summary>Importing a fiche from its text or its .docx, and a plan from its outline, through the pages.</summary>
[Collection(FichesCollection.Name)]
public sealed class ImportPagesTests(MethodologyPlatform fixture)
{
    private const string FicheImport = "/methodologie/fiches/importer";

    private readonly PlatformFactory _platform = fixture.Platform;

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", name);

    private static string Fiche17(string number) => File.ReadAllText(Fixture("fiche-action-17.txt")).Replace("Fiche Action 17", $"Fiche Action {number}");

    private long FicheCount() => Count(_platform, "SELECT COUNT(*) FROM Met_FichesActions");

    private static async Task<HtmlPage> PasteAsync(Browser browser, string text)
    {
        var page = await browser.OpenAsync(FicheImport);
        return await browser.SubmitAndFollowAsync(page, new Dictionary<string, string> { ["texte"] = text }, "form#lire");
    }

    /// <summary>Posts a file through a reading form, as a browser sends it (multipart, antiforgery token included).</summary>
    private static async Task<HtmlPage> UploadAsync(Browser browser, string path, string formId, byte[] content, string fileName, string contentType)
    {
        var page = await browser.OpenAsync(path);
        var form = page.Document.QuerySelector<IHtmlFormElement>("form#" + formId)!;
        using var body = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]"))
        {
            body.Add(new StringContent(hidden.Value), hidden.Name!);
        }
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        body.Add(file, "fichier", fileName);
        var action = new Uri(page.Url, form.GetAttribute("action")!);
        using var response = await browser.Client.PostAsync(action, body);
        return await Browser.ReadAsync(response, action);
    }

    private static string Field(HtmlPage page, string id) =>
        page.Document.QuerySelector("#" + id) switch
        {
            IHtmlTextAreaElement area => area.Value,
            IHtmlInputElement input => input.Value,
            _ => throw new InvalidOperationException($"Pas de champ #{id}"),
        };

    private static Dictionary<string, (string Heading, string Field)> Rubriques(HtmlPage page) =>
        page.Document.QuerySelectorAll("#rubriques tbody tr")
            .ToDictionary(r => HtmlPage.Normalize(r.QuerySelector("th")!.TextContent), r => (HtmlPage.Normalize(r.QuerySelector("th")!.TextContent), HtmlPage.Normalize(r.QuerySelector("td")!.TextContent)));

    private string? Column(Guid fiche, string column) =>
        Scalar(_platform, $"SELECT \"{column}\" FROM Met_FichesActions WHERE Id = $1", fiche) as string;

    [Fact]
    public async Task A_pasted_fiche_is_reviewed_section_by_section_then_saved_with_every_field()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var number = NewDottedNumber();

        var review = await PasteAsync(coordination, Fiche17(number));

        Assert.Equal(HttpStatusCode.OK, review.Status);
        var rubriques = Rubriques(review);
        Assert.Equal(9, rubriques.Count);
        Assert.Equal("Diagnostic initial / enjeux", rubriques["DIAGNOSTIC INITIAL / ENJEUX"].Field);
        Assert.Equal("Finalité / objectif général", rubriques["FINALITE / OBJECTIF GENERAL"].Field);
        Assert.Equal("Services mobilisés", rubriques["SERVICES MOBILISES ET RESPONSABLES DE L'ACTION"].Field);
        Assert.Equal("Indicateurs d'évaluation", rubriques["INDICATEURS D'EVALUATION"].Field);
        Assert.Contains("5 mission(s)", review.TextOf("#rubriques caption"));
        Assert.Null(review.Document.QuerySelector("#avertissements"));
        Assert.Equal(number, Field(review, "Input_Number"));
        Assert.StartsWith("Structurer la fonction de Chargé(e)", Field(review, "Input_Title"));
        Assert.StartsWith("La Convention Territoriale Globale", Field(review, "Input_Diagnostic"));
        Assert.Contains("« PUBLIC CIBLE »", review.TextOf("#Input_TargetAudience_rubrique"));
        Assert.Equal("Élus locaux\nProfessionnels des services municipaux et intercommunaux\nPartenaires institutionnels et associatifs\nHabitants (selon les thématiques et les instances)",
            Field(review, "Input_TargetAudience").Replace("\r\n", "\n"));
        Assert.Equal("Impulser et piloter stratégiquement la CTG", Field(review, "Input_Missions_0_Title"));
        Assert.Equal("Structurer l'observation, le suivi et l'évaluation", Field(review, "Input_Missions_4_Title"));
        Assert.Equal("", Field(review, "Input_Missions_5_Title"));
        Assert.Equal("", Field(review, "Input_OtherInformation"));
        Assert.Equal(0, Count(_platform, "SELECT COUNT(*) FROM Met_FichesActions WHERE Number = $1", number));

        var saved = await coordination.SubmitAndFollowAsync(review, new Dictionary<string, string> { ["Input.Pilote"] = "Camille Coordinatrice" }, "form#enregistrer");

        Assert.Matches("^/methodologie/fiches/[0-9a-f-]{36}$", saved.Path);
        var id = Guid.Parse(saved.Path.Split('/').Last());
        Assert.Equal(number, Column(id, "Number"));
        Assert.StartsWith("La Convention Territoriale Globale", Column(id, "Diagnostic"));
        Assert.Contains("\n- Une connaissance limitée de la CTG", Column(id, "Diagnostic"));
        Assert.StartsWith("Faire du/de la Chargé(e)", Column(id, "Objective"));
        Assert.Equal(4, Column(id, "OperationalObjectives")!.Split('\n').Length);
        Assert.Equal(4, Column(id, "TargetAudience")!.Split('\n').Length);
        Assert.EndsWith("autour des missions suivantes :", Column(id, "Implementation"));
        Assert.Equal("Chargée de coopération CTG - CCYN", Column(id, "Services"));
        Assert.Equal("Camille Coordinatrice", Column(id, "Pilote"));
        Assert.StartsWith("- Une meilleure connaissance", Column(id, "ExpectedResults"));
        Assert.StartsWith("- Nombre et régularité", Column(id, "IndicatorsText"));
        Assert.Null(Column(id, "OtherInformation"));
        Assert.Equal(5, Count(_platform, "SELECT COUNT(*) FROM Met_FicheMissions WHERE FicheId = $1", id));
        Assert.Equal("Import", Scalar(_platform, "SELECT NewValue FROM Met_FicheChanges WHERE FicheId = $1 AND Field = 'Création'", id));
        Assert.Equal(5, Count(_platform, "SELECT COUNT(*) FROM Met_FichePartenaires WHERE FicheId = $1", id));
        Assert.Equal(1, Count(_platform, "SELECT COUNT(*) FROM Met_FichePartenaires WHERE FicheId = $1 AND Name LIKE 'Acteurs du territoire%'", id));
    }

    [Fact]
    public async Task The_word_document_of_the_fiche_is_read_like_its_text_and_placed_in_the_chosen_plan()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var plan = await CreatePlanAsync(coordination, $"Plan import {Guid.NewGuid():N}"[..30]);

        var review = await UploadAsync(coordination, FicheImport, "lire", File.ReadAllBytes(Fixture("fiche-action-17.docx")), "fiche-action-17.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        Assert.Equal(HttpStatusCode.OK, review.Status);
        Assert.Equal("17", Field(review, "Input_Number"));
        Assert.Equal(9, Rubriques(review).Count);
        Assert.Contains("aujourd’hui insuffisamment identifiées", Field(review, "Input_Diagnostic"));
        Assert.Equal("Contribuer à l’aide à la décision stratégique.", Field(review, "Input_Missions_2_Items").Replace("\r\n", "\n").Split('\n')[2]);

        var number = NewDottedNumber();
        var saved = await coordination.SubmitAndFollowAsync(review, new Dictionary<string, string>
        {
            ["Input.Number"] = number,
            ["Input.PlanId"] = plan.ToString(),
        }, "form#enregistrer");

        var id = Guid.Parse(saved.Path.Split('/').Last());
        Assert.Equal(number, Column(id, "Number"));
        Assert.Equal(5, Count(_platform, "SELECT COUNT(*) FROM Met_FicheMissions WHERE FicheId = $1", id));
        Assert.Equal(1, Count(_platform, "SELECT COUNT(*) FROM Met_PlanFiches WHERE FicheId = $1 AND PlanId = $2", id, plan));
    }

    [Fact]
    public async Task A_number_already_used_is_refused_next_to_the_number_and_the_review_is_kept()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var number = NewDottedNumber();
        await CreateFicheAsync(coordination, number, "Fiche déjà saisie");

        var review = await PasteAsync(coordination, Fiche17(number));
        var refused = await coordination.SubmitAndFollowAsync(review, new Dictionary<string, string>(), "form#enregistrer");

        Assert.Equal(FicheImport, refused.Path);
        Assert.Equal($"La fiche n° {number} existe déjà.", refused.TextOf("#Input_Number_error"));
        Assert.Equal(9, Rubriques(refused).Count);
        Assert.StartsWith("La Convention Territoriale Globale", Field(refused, "Input_Diagnostic"));
        Assert.Equal("Structurer l'observation, le suivi et l'évaluation", Field(refused, "Input_Missions_4_Title"));
        Assert.Equal(1, Count(_platform, "SELECT COUNT(*) FROM Met_FichesActions WHERE Number = $1", number));
    }

    [Theory]
    [InlineData("vide", "Le texte est vide")]
    [InlineData("binaire", "n'est pas un texte lisible")]
    [InlineData("charabia", "Aucune rubrique de fiche action n'a été reconnue")]
    [InlineData("doc", "enregistrez-le au format .docx")]
    [InlineData("pdf", "Les fichiers PDF ne sont pas lus")]
    [InlineData("faux-docx", "n'est pas un document Word (.docx) valide")]
    public async Task Empty_binary_garbage_or_unreadable_input_gets_a_french_message_and_saves_nothing(string kind, string expected)
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var before = FicheCount();

        var page = kind switch
        {
            "vide" => await PasteAsync(coordination, "  \n "),
            "charabia" => await PasteAsync(coordination, "%%%% ¤¤¤ lorem ipsum\n12 34 56\nBonjour, voici le compte rendu."),
            "binaire" => await UploadAsync(coordination, FicheImport, "lire",
                [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Range(0, 2000).Select(i => (byte)(i % 251))], "fiche.txt", "text/plain"),
            "doc" => await UploadAsync(coordination, FicheImport, "lire", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0], "fiche.doc", "application/msword"),
            "pdf" => await UploadAsync(coordination, FicheImport, "lire", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj"), "fiche.pdf", "application/pdf"),
            _ => await UploadAsync(coordination, FicheImport, "lire", Encoding.UTF8.GetBytes("FICHE ACTION 3\nDIAGNOSTIC\nTexte"), "fiche.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        };

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(expected, page.TextOf("#refus"));
        Assert.Contains("Rien n'a été enregistré.", page.TextOf("#refus"));
        Assert.Null(page.Document.QuerySelector("form#enregistrer"));
        Assert.NotNull(page.Document.QuerySelector("form#lire"));
        Assert.Equal(before, FicheCount());
    }

    [Theory]
    [InlineData("Lecteur")]
    [InlineData("Contributeur")]
    public async Task Only_the_coordination_imports(string role)
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var plan = await CreatePlanAsync(coordination, $"Plan droits {Guid.NewGuid():N}"[..30]);
        using var someone = await fixture.SignedInAsync(Accounts.ForRole(role));
        var home = await someone.OpenAsync("/methodologie");

        Assert.Equal("/acces-refuse", Browser.RedirectPath(await someone.GetAsync(FicheImport)));
        Assert.Equal("/acces-refuse", Browser.RedirectPath(await someone.GetAsync($"/methodologie/plans/{plan}/importer")));
        var forged = await PostWithTokenAsync(someone, home, FicheImport + "?handler=Enregistrer", ("Input.Number", NewDottedNumber()), ("Input.Title", "Forgée"));
        Assert.Equal("/acces-refuse", Browser.RedirectPath(forged));
        var forgedPlan = await PostWithTokenAsync(someone, home, $"/methodologie/plans/{plan}/importer?handler=Enregistrer",
            ("Input.Content", Convert.ToBase64String(Encoding.UTF8.GetBytes("Axe 1 : Forgé"))), ("Input.Version", "1"));
        Assert.Equal("/acces-refuse", Browser.RedirectPath(forgedPlan));
        Assert.Equal(0, Count(_platform, "SELECT COUNT(*) FROM Met_PlanNodes WHERE PlanId = $1", plan));
    }

    [Fact]
    public async Task A_plan_outline_creates_its_nodes_its_new_fiches_and_places_the_existing_ones()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var plan = await CreatePlanAsync(coordination, $"Plan contour {Guid.NewGuid():N}"[..30], "Thème", "Objectif");
        var (existing, created, other) = (NewDottedNumber(), NewDottedNumber(), NewDottedNumber());
        var existingId = await CreateFicheAsync(coordination, existing, "Fiche saisie avant l'import");
        var outline = $"""
            Axe 1 – Petite enfance
                1.1 Développer l'accueil
                    Fiche {existing} : titre ignoré pour une fiche existante
                    Fiche action n°{created} – Créer une micro-crèche
            Axe 2 : Jeunesse
                FA {other} - Harmoniser les ALSH
            """;

        var page = await coordination.OpenAsync($"/methodologie/plans/{plan}/importer");
        var preview = await coordination.SubmitAndFollowAsync(page, new Dictionary<string, string> { ["texte"] = outline }, "form#envoyer");

        Assert.Null(preview.Document.QuerySelector("#erreurs"));
        Assert.Contains("Niveaux trouvés : Axe › Niveau 2", preview.TextOf("#niveaux"));
        Assert.Contains("déjà existante, sera placée", preview.TextOf($"#arbre li.fiche[data-numero='{existing}']"));
        Assert.Contains("Fiche saisie avant l'import", preview.TextOf($"#arbre li.fiche[data-numero='{existing}']"));
        Assert.Contains("nouvelle", preview.TextOf($"#arbre li.fiche[data-numero='{created}']"));
        Assert.Equal(["0", "1", "0"], preview.Document.QuerySelectorAll("#arbre li.noeud").Select(li => li.GetAttribute("data-profondeur")!));
        Assert.Equal(0, Count(_platform, "SELECT COUNT(*) FROM Met_PlanNodes WHERE PlanId = $1", plan));

        var response = await coordination.SubmitAsync(preview, new Dictionary<string, string>(), "form#confirmer");

        Assert.Equal($"/methodologie/plans/{plan}", Browser.RedirectPath(response));
        Assert.Equal(3, Count(_platform, "SELECT COUNT(*) FROM Met_PlanNodes WHERE PlanId = $1", plan));
        Assert.Equal("Axe|Objectif", Scalar(_platform, "SELECT LevelLabels FROM Met_Plans WHERE Id = $1", plan));
        Assert.Equal("Développer l'accueil", Scalar(_platform,
            "SELECT n.Title FROM Met_PlanFiches p JOIN Met_PlanNodes n ON n.Id = p.NodeId WHERE p.FicheId = $1", existingId));
        Assert.Equal("Fiche saisie avant l'import", Scalar(_platform, "SELECT Title FROM Met_FichesActions WHERE Id = $1", existingId));
        var createdId = Scalar(_platform, "SELECT Id FROM Met_FichesActions WHERE Number = $1", created);
        Assert.Equal("Créer une micro-crèche", Scalar(_platform, "SELECT Title FROM Met_FichesActions WHERE Number = $1", created));
        Assert.Equal("ALancer", Scalar(_platform, "SELECT Status FROM Met_FichesActions WHERE Number = $1", other));
        Assert.Equal("Import du plan", Scalar(_platform, "SELECT NewValue FROM Met_FicheChanges WHERE FicheId = $1 AND Field = 'Création'", createdId!));
        Assert.Equal(3, Count(_platform, "SELECT COUNT(*) FROM Met_PlanFiches WHERE PlanId = $1", plan));
        var planPage = await coordination.OpenAsync($"/methodologie/plans/{plan}");
        Assert.Contains("Harmoniser les ALSH", planPage.Text);
    }

    [Fact]
    public async Task An_outline_with_a_fiche_twice_or_a_nameless_new_fiche_shows_its_errors_and_imports_nothing()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var plan = await CreatePlanAsync(coordination, $"Plan erreurs {Guid.NewGuid():N}"[..30]);
        var (twice, nameless) = (NewDottedNumber(), NewDottedNumber());
        var page = await coordination.OpenAsync($"/methodologie/plans/{plan}/importer");

        var preview = await coordination.SubmitAndFollowAsync(page, new Dictionary<string, string>
        {
            ["texte"] = $"Axe 1 : Enfance\nFiche {twice} : Une\nFiche {nameless}\nAxe 2 : Jeunesse\nFiche {twice} : Deux",
        }, "form#envoyer");

        var errors = preview.Document.QuerySelectorAll("#erreurs li").Select(li => HtmlPage.Normalize(li.TextContent)).ToList();
        Assert.Equal([$"Ligne 3 : la fiche n° {nameless} n'existe pas encore : donnez-lui un intitulé (« Fiche {nameless} : intitulé »).",
            $"Ligne 5 : la fiche n° {twice} apparaît déjà ligne 2 : une fiche n'a qu'une place dans un plan."], errors);
        Assert.Null(preview.Document.QuerySelector("form#confirmer"));

        var empty = await coordination.SubmitAndFollowAsync(page, new Dictionary<string, string> { ["texte"] = " \n" }, "form#envoyer");
        Assert.Contains("Le texte est vide", empty.TextOf("#refus"));
        Assert.Equal(0, Count(_platform, "SELECT COUNT(*) FROM Met_PlanNodes WHERE PlanId = $1", plan));
        Assert.Equal(0, Count(_platform, "SELECT COUNT(*) FROM Met_FichesActions WHERE Number IN ($1, $2)", twice, nameless));
    }

    [Fact]
    public async Task A_plan_changed_since_the_preview_is_not_imported_twice()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var plan = await CreatePlanAsync(coordination, $"Plan version {Guid.NewGuid():N}"[..30]);
        var page = await coordination.OpenAsync($"/methodologie/plans/{plan}/importer");
        var preview = await coordination.SubmitAndFollowAsync(page, new Dictionary<string, string> { ["texte"] = "Axe 1 : Enfance\nAxe 2 : Jeunesse" }, "form#envoyer");

        var first = await coordination.SubmitAsync(preview, new Dictionary<string, string>(), "form#confirmer");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await Browser.ReadAsync(await coordination.SubmitAsync(preview, new Dictionary<string, string>(), "form#confirmer"), preview.Url);

        Assert.Contains("modifié par quelqu'un d'autre", second.Text);
        Assert.Equal(2, Count(_platform, "SELECT COUNT(*) FROM Met_PlanNodes WHERE PlanId = $1", plan));
    }
}
