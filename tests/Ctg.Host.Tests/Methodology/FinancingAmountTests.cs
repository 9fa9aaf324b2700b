using static Ctg.Host.Tests.Methodology.MethodologyData;

namespace Ctg.Host.Tests.Methodology;

/// <summary>
/// A financing amount beyond what an int holds was converted to an int by its range check, and the
/// OverflowException gave 500 on every page that writes a fiche. It is a French message next to the field.
/// </summary>
[Collection(FichesCollection.Name)]
public sealed class FinancingAmountTests(MethodologyPlatform fixture)
{
    private const string Expected = "Un montant va de 0 à 1 000 000 000 €.";

    private readonly PlatformFactory _platform = fixture.Platform;

    public static TheoryData<string, string> OutOfRange => new()
    {
        { "Planned", "2147483648" },
        { "Actual", "2147483648" },
        { "Planned", "-2147483649" },
        { "Actual", "-99999999999999999999" },
        { "Planned", "1000000000,01" },
        { "Actual", "-1" },
    };

    private static Dictionary<string, string> Financement(string field, string amount) => new()
    {
        ["Input.Financements[0].Funder"] = "CAF de l'Yonne",
        ["Input.Financements[0].Year"] = "2026",
        [$"Input.Financements[0].{field}"] = amount,
    };

    private static void AssertRefusedNextToTheField(HtmlPage page, string field)
    {
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(Expected, HtmlPage.Normalize(page.Document.QuerySelector($"#Input_Financements_0__{field}_error")?.TextContent ?? ""));
    }

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public async Task A_new_fiche_with_an_amount_out_of_range_is_refused_next_to_the_amount(string field, string amount)
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var number = NewNumber();
        var form = await coordination.OpenAsync("/methodologie/fiches/nouvelle");
        var fields = Financement(field, amount);
        fields["Input.Number"] = number;
        fields["Input.Title"] = "Financer l'accueil des familles";

        var page = await coordination.SubmitAndFollowAsync(form, fields);

        AssertRefusedNextToTheField(page, field);
        Assert.Equal(0, Count(_platform, "SELECT COUNT(*) FROM Met_FichesActions WHERE Number = $1", number));
    }

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public async Task An_edited_fiche_with_an_amount_out_of_range_is_refused_and_keeps_its_financements(string field, string amount)
    {
        Guid fiche;
        using (var data = new MethodologyData(_platform))
        {
            fiche = data.Fiche(NewNumber(), "Financer l'accueil des familles");
            data.Financement(fiche, "CC Yonne Nord", 2025, 1500m, 1200m);
        }
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var form = await coordination.OpenAsync($"/methodologie/fiches/{fiche}/modifier");

        var page = await coordination.SubmitAndFollowAsync(form, Financement(field, amount));

        AssertRefusedNextToTheField(page, field);
        Assert.Equal("CC Yonne Nord", Scalar(_platform, "SELECT Funder FROM Met_FicheFinancements WHERE FicheId = $1", fiche));
        Assert.Equal(1, Count(_platform, "SELECT COUNT(*) FROM Met_FicheFinancements WHERE FicheId = $1", fiche));
        Assert.Equal(1, Count(_platform, "SELECT Version FROM Met_FichesActions WHERE Id = $1", fiche));
    }

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public async Task An_imported_fiche_posted_with_an_amount_out_of_range_is_refused_without_an_error_500(string field, string amount)
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var number = NewDottedNumber();
        var import = await coordination.OpenAsync("/methodologie/fiches/importer");
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "fiche-action-17.txt")).Replace("Fiche Action 17", $"Fiche Action {number}");
        var review = await coordination.SubmitAndFollowAsync(import, new Dictionary<string, string> { ["texte"] = text }, "form#lire");
        Assert.Equal(number, MethodologySteps.Value(review, "#Input_Number"));

        // The review has no financement fields (a document brings none): only a forged post carries an amount.
        var page = await coordination.SubmitAndFollowAsync(review, Financement(field, amount), "form#enregistrer");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("La fiche n'est pas enregistrée : corrigez les champs signalés ci-dessous.", page.TextOf("#erreurs"));
        Assert.Equal(0, Count(_platform, "SELECT COUNT(*) FROM Met_FichesActions WHERE Number = $1", number));
    }

    [Fact]
    public async Task The_largest_amount_allowed_is_saved()
    {
        using var coordination = await fixture.SignedInAsync(Accounts.Coordination);
        var more = Financement("Planned", "1000000000");
        more["Input.Financements[0].Actual"] = "999999999,99";

        var fiche = await MethodologySteps.CreateFicheAsync(coordination, NewNumber(), "Financer l'accueil des familles", more);

        Assert.Equal(1_000_000_000m, Amount(fiche, "Planned"));
        Assert.Equal(999_999_999.99m, Amount(fiche, "Actual"));
    }

    private decimal Amount(Guid fiche, string column)
    {
        var stored = Scalar(_platform, $"SELECT {column} FROM Met_FicheFinancements WHERE FicheId = $1", fiche);
        return decimal.Parse(Convert.ToString(stored, System.Globalization.CultureInfo.InvariantCulture)!, System.Globalization.CultureInfo.InvariantCulture);
    }
}
