using System.Text;
using static Ctg.Host.Tests.Governance.AnnuaireSteps;

namespace Ctg.Host.Tests.Governance;

[Collection(AnnuaireSteps.Collection)]
public sealed class AnnuaireImportTests(InstalledPlatform fixture)
{
    private readonly InstalledPlatform _sessions = fixture;

    private static Encoding Windows1252 => CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static IReadOnlyList<string> Errors(HtmlPage page) =>
        page.Document.QuerySelectorAll("#erreurs li").Select(li => HtmlPage.Normalize(li.TextContent)).ToList();

    private static async Task<int> OrganisationCountAsync(Browser browser)
    {
        var page = await browser.OpenAsync("/gouvernance/annuaire/organisations");
        return page.Document.QuerySelectorAll("#organisations tbody tr").Length;
    }

    [Fact]
    public async Task An_excel_file_is_previewed_then_saved_with_its_new_organisation()
    {
        using var coordinator = await _sessions.SignedInAsync(Accounts.Coordination);
        var tag = Unique("imp");
        var association = $"Centre social {tag}";
        var csv = $"""
            Prénom;Nom;Fonction;Organisation;Type d'organisation;Courriel;Téléphone;Thématiques
            Hélène;Lefèvre{tag};Directrice;{association};Association;helene.{tag}@cs.fr;03 86 00 00 01;"animation de la vie sociale; parentalité"
            Éric;Dubois{tag};Maire adjoint;Commune de Pont-sur-Yonne;;eric.{tag}@pont-sur-yonne.fr;;jeunesse
            """;

        var preview = await UploadAsync(coordinator, Windows1252.GetBytes(csv.Replace("\n", "\r\n")));

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Empty(Errors(preview));
        var rows = preview.Document.QuerySelectorAll("#apercu-personnes tbody tr").Select(r => HtmlPage.Normalize(r.TextContent)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains($"Hélène Lefèvre{tag} Directrice {association} nouvelle", rows[0]);
        Assert.Contains("Pont-sur-Yonne", rows[1]);
        Assert.DoesNotContain("nouvelle", rows[1]);
        Assert.Equal($"{association} (Association)", preview.TextOf("#nouvelles-organisations"));
        Assert.Empty(await ListAsync(coordinator, "q=" + tag));

        var saved = await coordinator.SubmitAndFollowAsync(preview, new Dictionary<string, string>(), "form#confirmer");

        Assert.Equal("/gouvernance/annuaire", saved.Path);
        Assert.Contains("2 personne(s) ajoutée(s) à l'annuaire, 1 organisation(s) créée(s).", saved.Text);
        Assert.Equal([$"Éric Dubois{tag}", $"Hélène Lefèvre{tag}"], await ListAsync(coordinator, "q=" + tag));
        var organisations = await coordinator.OpenAsync("/gouvernance/annuaire/organisations?type=Association&q=" + Uri.EscapeDataString(association));
        Assert.Equal("1", organisations.TextOf("#organisations tbody tr .persons"));
        var commune = await coordinator.OpenAsync("/gouvernance/annuaire?q=" + Uri.EscapeDataString($"Dubois{tag}"));
        Assert.Contains("Pont-sur-Yonne", commune.TextOf("#personnes tbody"));
        Assert.Contains($"Hélène Lefèvre{tag}", string.Join(" ", await ListAsync(coordinator, "thematique=" + Uri.EscapeDataString("Parentalité"))));
    }

    [Fact]
    public async Task A_pasted_text_with_errors_names_each_line_and_column_and_offers_no_save()
    {
        using var coordinator = await _sessions.SignedInAsync(Accounts.Coordination);
        var tag = Unique("err");
        var existing = $"{tag}@caf89.fr";
        await CreatePersonAsync(coordinator, "Déjà", $"Là{tag}", existing);
        var organisationsBefore = await OrganisationCountAsync(coordinator);

        var preview = await PasteAsync(coordinator, $"""
            Nom,Prénom,E-mail,Organisation
            Martin{tag},Léa,lea.{tag}@sergines.fr,Association inconnue {tag}
            ,Jean,jean.{tag}@sergines.fr,
            Durand{tag},Jean,jean@,
            Roux{tag},Inès,{existing.ToUpperInvariant()},
            """);

        Assert.Equal(
            [$"Ligne 2, colonne Organisation : « Association inconnue {tag} » n'est pas dans l'annuaire ; ajoutez une colonne « Type d'organisation » pour la créer, ou créez-la d'abord dans l'annuaire.",
             "Ligne 3, colonne Nom : le nom est obligatoire.",
             "Ligne 4, colonne E-mail : « jean@ » n'est pas une adresse valide.",
             $"Ligne 5, colonne E-mail : « {existing.ToUpperInvariant()} » est déjà l'adresse d'une personne de l'annuaire."],
            Errors(preview));
        Assert.Contains("Rien n'a été enregistré", preview.Text);
        Assert.Null(preview.Document.QuerySelector("form#confirmer"));
        Assert.Equal([$"Déjà Là{tag}"], await ListAsync(coordinator, "q=" + tag));
        Assert.Equal(organisationsBefore, await OrganisationCountAsync(coordinator));
    }

    [Fact]
    public async Task A_confirmation_whose_content_no_longer_passes_saves_nothing()
    {
        using var coordinator = await _sessions.SignedInAsync(Accounts.Coordination);
        var tag = Unique("conf");
        var preview = await PasteAsync(coordinator, $"Nom;Prénom;Courriel\nA{tag};Anne;anne.{tag}@essai.fr\nB{tag};Bruno;bruno.{tag}@essai.fr\n");
        Assert.NotNull(preview.Document.QuerySelector("form#confirmer"));
        // Meanwhile, someone adds Bruno by hand.
        await CreatePersonAsync(coordinator, "Bruno", $"Saisi{tag}", $"bruno.{tag}@essai.fr");

        var refused = await coordinator.SubmitAndFollowAsync(preview, new Dictionary<string, string>(), "form#confirmer");

        Assert.Equal("/gouvernance/annuaire/import", refused.Path);
        Assert.Equal([$"Ligne 3, colonne Courriel : « bruno.{tag}@essai.fr » est déjà l'adresse d'une personne de l'annuaire."], Errors(refused));
        Assert.Equal([$"Bruno Saisi{tag}"], await ListAsync(coordinator, "q=" + tag));

        var forged = await coordinator.SubmitAndFollowAsync(preview, new Dictionary<string, string>
        {
            ["Input.Content"] = Convert.ToBase64String(Encoding.UTF8.GetBytes($"Nom;Prénom\nC{tag};\n")),
        }, "form#confirmer");
        Assert.Contains("Ligne 2, colonne Prénom : le prénom est obligatoire.", Errors(forged));
        Assert.Equal([$"Bruno Saisi{tag}"], await ListAsync(coordinator, "q=" + tag));
    }

    [Theory]
    [InlineData("binaire")]
    [InlineData("vide")]
    [InlineData("charabia")]
    [InlineData("trop-gros")]
    public async Task Garbage_empty_binary_or_huge_input_gets_a_clear_message_and_saves_nothing(string kind)
    {
        using var coordinator = await _sessions.SignedInAsync(Accounts.Coordination);
        var before = (await coordinator.OpenAsync("/gouvernance/annuaire")).TextOf("#personnes caption");
        var (content, expected) = kind switch
        {
            "binaire" => (new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00 }.Concat(Enumerable.Range(0, 2000).Select(i => (byte)(i % 251))).ToArray(),
                "n'est pas un fichier CSV lisible"),
            "vide" => (Array.Empty<byte>(), "Le fichier est vide"),
            "charabia" => (Encoding.UTF8.GetBytes("%%%% ¤¤¤ lorem ipsum\n12 34 56\n"), "La première ligne doit nommer les colonnes"),
            _ => (Encoding.UTF8.GetBytes("Nom;Prénom\n" + string.Concat(Enumerable.Repeat("Martin;Léa\n", 200_000))), "dépasse 2 Mo"),
        };

        var page = kind == "vide"
            ? await PasteAsync(coordinator, "")
            : await UploadAsync(coordinator, content);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(expected, string.Join(" ", Errors(page)));
        Assert.Null(page.Document.QuerySelector("form#confirmer"));
        Assert.Equal(before, (await coordinator.OpenAsync("/gouvernance/annuaire")).TextOf("#personnes caption"));
    }

    [Fact]
    public async Task More_than_five_thousand_lines_are_refused()
    {
        using var coordinator = await _sessions.SignedInAsync(Accounts.Coordination);
        var csv = "Nom;Prénom\n" + string.Concat(Enumerable.Range(0, 5001).Select(i => $"N{i};P\n"));

        var page = await UploadAsync(coordinator, Encoding.UTF8.GetBytes(csv));

        Assert.Contains("5 000 personnes", HtmlPage.Normalize(string.Join(" ", Errors(page))));
        Assert.Null(page.Document.QuerySelector("form#confirmer"));
    }

    [Fact]
    public async Task A_reader_cannot_import()
    {
        using var reader = await _sessions.SignedInAsync(Accounts.Lecteur);

        Assert.Equal("/acces-refuse", Browser.RedirectPath(await reader.GetAsync("/gouvernance/annuaire/import")));
    }
}
