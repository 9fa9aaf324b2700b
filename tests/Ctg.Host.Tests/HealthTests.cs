using Ctg.Sdk;

namespace Ctg.Host.Tests;

[Collection(HostAccessCollection.Name)]
public sealed class HealthTests(InstalledPlatform fixture)
{
    private readonly InstalledPlatform _sessions = fixture;
    private readonly PlatformFactory _platform = fixture.Platform;

    [Fact]
    public async Task Health_reports_the_database_and_each_module_without_sign_in()
    {
        using var browser = _platform.NewBrowser();

        var response = await browser.GetAsync("/health");
        var health = await HealthReport.ReadAsync(browser);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", health.Status);
        Assert.Equal("ok", health.Database);
        foreach (var id in new[] { ModuleIds.Governance, ModuleIds.Dispositifs, ModuleIds.Methodology, ModuleIds.Evaluation })
        {
            var module = health.Module(id);
            Assert.Equal("enabled", module.State);
            Assert.Null(module.Reason);
            Assert.False(string.IsNullOrWhiteSpace(module.Version));
        }
    }

    [Fact]
    public async Task The_modules_page_and_health_agree()
    {
        using var admin = await _sessions.SignedInAsync(Accounts.Administrateur);

        var rows = await ModuleRow.ReadAllAsync(admin);
        var health = await HealthReport.ReadAsync(admin);

        Assert.Equal(health.Modules.Select(m => m.Id).Order(), rows.Select(r => r.Id).Order());
        Assert.All(rows, row => Assert.Equal("activé", row.State));
    }
}
