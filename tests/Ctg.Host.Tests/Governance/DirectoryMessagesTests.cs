using Ctg.Sdk;
using Ctg.Sdk.Messages.Governance;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Host.Tests.Governance;

/// <summary>What Governance answers other modules about its directory and its decisions, through the Sdk.</summary>
[Collection(AnnuaireSteps.Collection)]
public sealed class DirectoryMessagesTests(InstalledPlatform fixture)
{
    private readonly PlatformFactory _platform = fixture.Platform;

    public static async Task<ModuleAnswer<T>> AskAsync<T>(PlatformFactory platform, IRequest<T> request)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IModuleBus>().AskAsync(request);
    }

    [Fact]
    public async Task Organisations_come_with_a_reference_and_their_type_in_french_sorted_as_french_reads()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        Guid ecole, caf;
        using (var data = new FiguresData(_platform))
        {
            ecole = data.Organisation($"École des parents {suffix}", "Association");
            caf = data.Organisation($"CAF de l'Yonne {suffix}", "Caf");
            data.Organisation($"Espace de vie sociale {suffix}", "Equipement");
        }

        var answer = await AskAsync(_platform, new ListOrganisations());

        Assert.True(answer.IsAvailable);
        var organisations = answer.Value!;
        Assert.Contains(new OrganisationSummary($"organisation:{ecole:N}", $"École des parents {suffix}", "Association"), organisations);
        Assert.Contains(new OrganisationSummary($"organisation:{caf:N}", $"CAF de l'Yonne {suffix}", "CAF"), organisations);
        Assert.Contains(organisations, o => o.Name == $"Espace de vie sociale {suffix}" && o.Type == "Équipement");
        // The communes of the territory, written at installation, are in the directory too.
        Assert.Contains(organisations, o => o.Type == "Commune du territoire");
        Assert.Equal(organisations.Select(o => o.Name).Order(French.Comparer), organisations.Select(o => o.Name));
        var names = organisations.Select(o => o.Name).ToList();
        Assert.True(names.IndexOf($"École des parents {suffix}") < names.IndexOf($"Espace de vie sociale {suffix}"), "« École » se range avec les E, avant « Espace ».");
    }

    [Fact]
    public async Task Decisions_are_listed_newest_first_with_their_label_and_filtered_by_kind_of_instance()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        Guid first, second, april, gat, seminaire, cancelled, autre;
        using (var data = new FiguresData(_platform))
        {
            var copil = data.Instance($"COPIL de la CTG {suffix}", 2, "Copil");
            var groupe = data.Instance($"GAT Parentalité {suffix}", 3);
            autre = data.Instance($"Séminaire des élus {suffix}", 1, "Autre");
            var march = data.Seance(copil, new DateOnly(2026, 3, 12), "Tenue");
            first = data.Decision(march, 1, "Adopter le diagnostic partagé");
            second = data.Decision(march, 2, "Renforcer l'accès aux droits des familles");
            april = data.Decision(data.Seance(copil, new DateOnly(2026, 4, 1), "Tenue"), 1, "Lancer l'appel à projets parentalité");
            gat = data.Decision(data.Seance(groupe, new DateOnly(2026, 5, 20), "Tenue"), 1, "Ouvrir un lieu d'accueil enfants-parents");
            seminaire = data.Decision(data.Seance(autre, new DateOnly(2026, 2, 2), "Tenue"), 1, "Partager la feuille de route");
            cancelled = data.Decision(data.Seance(copil, new DateOnly(2026, 6, 2), "Annulee"), 1, "Décision d'une séance annulée");
        }
        using (var connection = _platform.OpenDatabase())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "UPDATE \"Gov_Instances\" SET \"CustomKind\" = 'Séminaire' WHERE \"Id\" = $id";
            command.Parameters.AddWithValue("$id", autre.ToString().ToUpperInvariant());
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var all = (await AskAsync(_platform, new ListDecisions())).Value!;
        var copilOnly = (await AskAsync(_platform, new ListDecisions("COPIL"))).Value!;

        var mine = all.Where(d => d.InstanceName.EndsWith(suffix)).ToList();
        Assert.Equal([$"decision:{gat:N}", $"decision:{april:N}", $"decision:{first:N}", $"decision:{second:N}", $"decision:{seminaire:N}"],
            mine.Select(d => d.Reference));
        var decision = mine.Single(d => d.Reference == $"decision:{second:N}");
        Assert.Equal(new DateOnly(2026, 3, 12), decision.Date);
        Assert.Equal(2, decision.Number);
        Assert.Equal("Renforcer l'accès aux droits des familles", decision.Text);
        Assert.Equal($"COPIL de la CTG {suffix} du 12 mars 2026, décision n° 2", decision.Label);
        Assert.Equal($"COPIL de la CTG {suffix} du 1er avril 2026, décision n° 1", mine.Single(d => d.Reference == $"decision:{april:N}").Label);
        Assert.DoesNotContain(all, d => d.Reference == $"decision:{cancelled:N}");

        Assert.Equal([$"decision:{april:N}", $"decision:{first:N}", $"decision:{second:N}"],
            copilOnly.Where(d => d.InstanceName.EndsWith(suffix)).Select(d => d.Reference));
        Assert.DoesNotContain(copilOnly, d => d.InstanceName.StartsWith("GAT"));
        foreach (var name in new[] { "copil", "Comité de pilotage", "Comité de pilotage (COPIL)", "Copil" })
        {
            Assert.Equal(copilOnly, (await AskAsync(_platform, new ListDecisions(name))).Value!);
        }
        Assert.Equal([$"decision:{gat:N}"], Mine(await AskAsync(_platform, new ListDecisions("GAT"))));
        Assert.Equal([$"decision:{seminaire:N}"], Mine(await AskAsync(_platform, new ListDecisions("séminaire"))));
        Assert.DoesNotContain((await AskAsync(_platform, new ListDecisions("COTECH"))).Value!, d => d.InstanceName.EndsWith(suffix));
        Assert.Empty((await AskAsync(_platform, new ListDecisions("Conseil municipal"))).Value!);

        IEnumerable<string> Mine(ModuleAnswer<IReadOnlyList<DecisionSummary>> answer) =>
            answer.Value!.Where(d => d.InstanceName.EndsWith(suffix)).Select(d => d.Reference);
    }

    [Fact]
    public async Task With_governance_disabled_nobody_answers_and_the_asker_is_told_so()
    {
        await using var platform = await PlatformFactory.StartAsync(new PlatformOptions { DisabledModules = [ModuleIds.Governance] });

        Assert.False((await AskAsync(platform, new ListOrganisations())).IsAvailable);
        Assert.False((await AskAsync(platform, new ListDecisions("COPIL"))).IsAvailable);
    }
}
