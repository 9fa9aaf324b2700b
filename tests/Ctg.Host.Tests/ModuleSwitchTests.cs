using Ctg.Sdk;

namespace Ctg.Host.Tests;

/// <summary>A module switched off in configuration disappears; the rest of the platform keeps working.</summary>
[Collection(HostAccessCollection.Name)]
public sealed class ModuleSwitchTests(InstalledPlatform fixture)
{
    private readonly InstalledPlatform _allEnabledSessions = fixture;
    private readonly PlatformFactory _allEnabled = fixture.Platform;

    public static TheoryData<string> PlatformModules => new()
    {
        ModuleIds.Governance,
        ModuleIds.Dispositifs,
        ModuleIds.Methodology,
        ModuleIds.Evaluation,
    };

    [Theory]
    [MemberData(nameof(PlatformModules))]
    public async Task A_disabled_module_is_gone_and_the_others_still_work(string disabled)
    {
        var modules = _allEnabled.Catalog.Modules;
        var ownPages = _allEnabled.NavigationOf(disabled);
        using (var before = await _allEnabledSessions.SignedInAsync(Accounts.Administrateur))
        {
            foreach (var entry in ownPages)
            {
                Assert.Equal(HttpStatusCode.OK, (await before.OpenAsync(entry.Path)).Status);
            }
        }
        // Modules that need the disabled one, directly or not, cannot run without it.
        var needing = new HashSet<string> { disabled };
        while (modules.FirstOrDefault(m => !needing.Contains(m.Id) && m.Dependencies.Any(needing.Contains)) is { } dependent)
        {
            needing.Add(dependent.Id);
        }

        await using var platform = await PlatformFactory.StartAsync(new PlatformOptions { DisabledModules = [disabled] });
        using var admin = await platform.SignedInAsync(Accounts.Administrateur);

        var home = await admin.OpenAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        foreach (var entry in ownPages)
        {
            Assert.DoesNotContain(entry.Path, home.NavigationLinks);
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(entry.Path)).StatusCode);
        }

        var rows = await ModuleRow.ReadAllAsync(admin);
        var health = await HealthReport.ReadAsync(admin);
        var row = rows.Single(r => r.Id == disabled);
        Assert.Equal("désactivé", row.State);
        Assert.Null(row.Reason);
        Assert.Equal("disabled", health.Module(disabled).State);

        foreach (var other in modules.Where(m => m.Id != disabled))
        {
            if (needing.Contains(other.Id))
            {
                Assert.Equal("en échec", rows.Single(r => r.Id == other.Id).State);
                Assert.Equal("failed", health.Module(other.Id).State);
                continue;
            }
            Assert.Equal("activé", rows.Single(r => r.Id == other.Id).State);
            Assert.Equal("enabled", health.Module(other.Id).State);
            foreach (var entry in platform.NavigationOf(other.Id))
            {
                Assert.Contains(entry.Path, home.NavigationLinks);
                var page = await admin.OpenAsync(entry.Path);
                Assert.True(page.Status == HttpStatusCode.OK, $"{entry.Path} répond {page.Status} quand « {disabled} » est désactivé.");
            }
        }
    }
}
