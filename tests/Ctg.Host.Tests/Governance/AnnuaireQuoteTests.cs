using System.Text;
using static Ctg.Host.Tests.Governance.AnnuaireSteps;

namespace Ctg.Host.Tests.Governance;

/// <summary>A directory file with quotes left open is refused with its lines, and nothing of it is saved.</summary>
[Collection(AnnuaireSteps.Collection)]
public sealed class AnnuaireQuoteTests(InstalledPlatform fixture)
{
    private static IReadOnlyList<string> Errors(HtmlPage page) =>
        page.Document.QuerySelectorAll("#erreurs li").Select(li => HtmlPage.Normalize(li.TextContent)).ToList();

    private long PersonCount()
    {
        using var connection = fixture.Platform.OpenDatabase();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Gov_Personnes";
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task A_file_with_a_stray_quote_on_each_line_is_refused_with_the_line_numbers_and_saves_nobody()
    {
        using var coordinator = await fixture.SignedInAsync(Accounts.Coordination);
        var tag = Unique("quote");
        var csv = new StringBuilder("Nom;Prénom;Courriel\r\n");
        for (var i = 0; i < 3000; i++)
        {
            csv.Append($"\"{tag}n{i};Léa;lea{i}.{tag}@sergines.fr\r\n");
        }
        var before = PersonCount();

        var preview = await UploadAsync(coordinator, Encoding.UTF8.GetBytes(csv.ToString()));

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        var errors = Errors(preview);
        Assert.Equal(200, errors.Count);
        Assert.StartsWith("Ligne 2 : un guillemet ouvert ligne 2 ne se ferme que ligne 3, au milieu d'une valeur.", errors[0]);
        Assert.StartsWith("Ligne 4 : un guillemet ouvert ligne 4 ne se ferme que ligne 5", errors[1]);
        Assert.Contains("… et 1300 autre(s) erreur(s).", preview.Text);
        Assert.Contains("Rien n'a été enregistré", preview.Text);
        Assert.Null(preview.Document.QuerySelector("form#confirmer"));
        Assert.Empty(await ListAsync(coordinator, "q=" + tag));
        Assert.Equal(before, PersonCount());
    }

    [Fact]
    public async Task A_confirmation_forged_with_such_a_file_saves_nobody()
    {
        using var coordinator = await fixture.SignedInAsync(Accounts.Coordination);
        var tag = Unique("forge");
        var preview = await PasteAsync(coordinator, $"Nom;Prénom\nA{tag};Anne\n");
        Assert.NotNull(preview.Document.QuerySelector("form#confirmer"));
        var before = PersonCount();

        var refused = await coordinator.SubmitAndFollowAsync(preview, new Dictionary<string, string>
        {
            ["Input.Content"] = Convert.ToBase64String(Encoding.UTF8.GetBytes($"Nom;Prénom\n\"B{tag};Bruno\nC{tag}\";Claire\n")),
        }, "form#confirmer");

        Assert.Equal("/gouvernance/annuaire/import", refused.Path);
        Assert.Equal(
            ["Ligne 2 : un guillemet ouvert ligne 2 ne se ferme que ligne 3 : la colonne « Nom » recevrait une valeur sur 2 lignes, ce qu'elle ne peut pas contenir. Un guillemet manque ou est en trop : corrigez-le dans votre tableur, puis recommencez."],
            Errors(refused));
        Assert.Equal(before, PersonCount());
    }
}
