using Ctg.Modules.Methodology.Domain;
using Ctg.Modules.Methodology.Fiches;
using Ctg.Sdk;
using Ctg.Sdk.Messages.Governance;
using MediatR;
using Xunit;

namespace Ctg.Modules.Methodology.Tests.Fiches;

public class FicheInputReaderTests
{
    private static readonly Territory YonneNord = new("248900896", "CC Yonne Nord", "CC", 24896,
        [new Commune("89003", "", "Appoigny", 3300), new Commune("89068", "", "Charmoy", 900)]);

    private static CreateFiche Input() => new() { Number = " 17 ", Title = "<b>Structurer</b> la coordination" };

    [Fact]
    public async Task Texts_are_trimmed_stripped_and_empty_rows_ignored()
    {
        var input = Input();
        input.Diagnostic = "   ";
        input.Missions = [new MissionInput { Title = "Piloter", Items = "- Impulser\n• Suivre\n\n" }, new MissionInput(), new MissionInput { Title = " " }];
        input.Jalons = [new JalonInput(), new JalonInput { Title = "COPIL", DueOn = new DateOnly(2026, 3, 12) }];
        input.Financements = [new FinancementInput(), new FinancementInput { Funder = "CAF", Year = 2026, Planned = 1000m }];

        var fiche = await Reader().ReadAsync(input, null, default);

        Assert.Equal("17", fiche.Number);
        Assert.Equal("Structurer la coordination", fiche.Title);
        Assert.Null(fiche.Diagnostic);
        var mission = Assert.Single(fiche.Missions);
        Assert.Equal("Impulser\nSuivre", mission.Items);
        Assert.Equal("COPIL", Assert.Single(fiche.Jalons).Title);
        Assert.Equal("CAF", Assert.Single(fiche.Financements).Funder);
    }

    [Fact]
    public async Task A_jalon_without_date_is_an_error_on_its_row()
    {
        var input = Input();
        input.Jalons = [new JalonInput { Title = "COPIL", DueOn = new DateOnly(2026, 3, 12) }, new JalonInput { Title = "Bilan" }];

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Reader().ReadAsync(input, null, default));

        var single = Assert.Single(error.Errors);
        Assert.Equal("Jalons[1].DueOn", single.Field);
        Assert.Contains("Bilan", single.Message);
    }

    [Fact]
    public async Task An_amount_without_funder_or_year_is_an_error()
    {
        var input = Input();
        input.Financements = [new FinancementInput { Planned = 500m }, new FinancementInput { Funder = "CAF", Actual = 10m }];

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Reader().ReadAsync(input, null, default));

        Assert.Equal(["Financements[0].Funder", "Financements[1].Year"], error.Errors.Select(e => e.Field).ToArray());
    }

    [Fact]
    public async Task Communes_take_their_names_from_the_territory_and_an_unknown_code_is_refused()
    {
        var input = Input();
        input.Communes = ["89068", "89003"];
        var fiche = await Reader().ReadAsync(input, null, default);
        Assert.Equal(["Appoigny", "Charmoy"], fiche.Communes.Select(c => c.Name).Order().ToArray());

        input.Communes = ["89003", "75056"];
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Reader().ReadAsync(input, null, default));
        Assert.Equal("Communes", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task The_pilote_account_names_the_pilote_when_no_name_is_typed()
    {
        var input = Input();
        input.PiloteUserId = "u1";
        Assert.Equal("Chloé Contributrice", (await Reader().ReadAsync(input, null, default)).Pilote);

        input.PiloteUserId = "inconnu";
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Reader().ReadAsync(input, null, default));
        Assert.Equal("PiloteUserId", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task Partners_come_from_the_directory_and_from_typed_lines()
    {
        var input = Input();
        input.PartenaireReferences = ["organisation:caf"];
        input.PartenairesText = "- Département de l'Yonne\n• Associations locales\nCAF de l'Yonne";

        var fiche = await Reader(directory: true).ReadAsync(input, null, default);

        Assert.Equal(["CAF de l'Yonne", "Département de l'Yonne", "Associations locales"], fiche.Partenaires.Select(p => p.Name).ToArray());
        Assert.Equal("organisation:caf", fiche.Partenaires[0].OrganisationReference);
        Assert.All(fiche.Partenaires.Skip(1), p => Assert.Null(p.OrganisationReference));
    }

    [Fact]
    public async Task Without_the_directory_partners_from_it_are_kept_and_new_ones_refused()
    {
        var existing = new FicheAction { Partenaires = [new FichePartenaire { Name = "CAF de l'Yonne", OrganisationReference = "organisation:caf" }, new FichePartenaire { Name = "Ancien tapé" }] };
        var input = Input();
        input.PartenairesText = "Mairie d'Appoigny";

        var fiche = await Reader(directory: false).ReadAsync(input, existing, default);

        Assert.Equal(["CAF de l'Yonne", "Mairie d'Appoigny"], fiche.Partenaires.Select(p => p.Name).ToArray());

        input.PartenaireReferences = ["organisation:autre"];
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Reader(directory: false).ReadAsync(input, existing, default));
        Assert.Contains("Module désactivé", Assert.Single(error.Errors).Message);
    }

    private static FicheInputReader Reader(bool directory = false) => new(new Users(), new Place(), new Bus(directory));

    private sealed class Users : IUserDirectory
    {
        private static readonly PlatformUser Chloe = new("u1", "Chloé Contributrice", "c@essai.fr", null, [Roles.Contributeur]);

        public Task<IReadOnlyList<PlatformUser>> ListActiveAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<PlatformUser>>([Chloe]);

        public Task<PlatformUser?> FindAsync(string id, CancellationToken cancellationToken = default) => Task.FromResult(id == Chloe.Id ? Chloe : null);
    }

    private sealed class Place : ITerritoryContext
    {
        public Task<Territory?> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult<Territory?>(YonneNord);
    }

    /// <summary>Governance answers when asked to; every other module is disabled.</summary>
    private sealed class Bus(bool directory) : IModuleBus
    {
        public Task<ModuleAnswer<T>> AskAsync<T>(IRequest<T> request, CancellationToken cancellationToken = default)
        {
            if (directory && request is ListOrganisations)
            {
                IReadOnlyList<OrganisationSummary> organisations = [new("organisation:caf", "CAF de l'Yonne", "CAF")];
                return Task.FromResult(new ModuleAnswer<T>(true, (T)organisations));
            }
            return Task.FromResult(ModuleAnswer<T>.Unavailable);
        }

        public Task PublishAsync(INotification notification, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
