using Ctg.Host.Demo;
using Ctg.Host.Tests.Methodology;
using Ctg.Sdk;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Host.Tests;

/// <summary>
/// The demonstration seeds each module after those whose data its demo reads, in the catalog's order of the
/// modules, not in the order of their folders' names (Dispositifs, Evaluation, Governance, Methodology).
/// </summary>
public sealed class DemoOrderTests
{
    [Fact]
    public async Task Demo_contributors_run_in_the_catalogs_module_order_after_the_modules_they_seed_after()
    {
        await using var platform = await DemoPlatform.StartAsync();

        var modules = platform.Catalog.Enabled.Select(m => m.Manifest.Id).ToList();
        Assert.True(modules.IndexOf(ModuleIds.Governance) < modules.IndexOf(ModuleIds.Dispositifs), string.Join(", ", modules));
        Assert.True(modules.IndexOf(ModuleIds.Dispositifs) < modules.IndexOf(ModuleIds.Methodology), string.Join(", ", modules));

        // The seeder's own order, over the contributors the demo platform registered.
        await using var scope = platform.Services.CreateAsyncScope();
        var contributors = scope.ServiceProvider.GetRequiredService<IEnumerable<IDemoContributor>>();
        var seeded = DemoSeeder.InModuleOrder(contributors, platform.Catalog.Enabled).Select(s => s.Module).ToList();
        Assert.Equal([ModuleIds.Governance, ModuleIds.Dispositifs, ModuleIds.Methodology], seeded);

        // What Methodology's demo read proves it ran after the others: its plan is attached to Dispositifs' CTG
        // and an orientation comes from a COPIL decision of Governance.
        Assert.Equal(1L, MethodologyData.Count(platform,
            "SELECT COUNT(*) FROM Met_Plans WHERE DispositifReference IS NOT NULL AND DispositifName LIKE 'CTG%'"));
        Assert.True(MethodologyData.Count(platform, "SELECT COUNT(*) FROM Met_Orientations WHERE DecisionReference IS NOT NULL") > 0);
    }
}
