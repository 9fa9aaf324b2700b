using Ctg.Sdk;

namespace Ctg.Host.Tests;

/// <summary>
/// Four plugins that cannot run, dropped beside the platform's modules in the extra plugins folder, with
/// the Evaluation module switched off (one of them needs it).
/// </summary>
public sealed class BrokenPluginsPlatform : InstalledPlatform
{
    public static readonly string[] Plugins = ["ThrowingModule", "FutureSdk", "NeedsEvaluation", "BrokenMigration"];

    protected override PlatformOptions Options => new()
    {
        ExtraPlugins = Plugins,
        DisabledModules = [ModuleIds.Evaluation],
    };
}

public sealed class BrokenPluginTests(BrokenPluginsPlatform fixture) : IClassFixture<BrokenPluginsPlatform>
{
    private readonly InstalledPlatform _sessions = fixture;
    private readonly PlatformFactory _platform = fixture.Platform;

    /// <summary>The id the administrator sees, and what the reason must say.</summary>
    public static TheoryData<string, string[]> BrokenPlugins => new()
    {
        // Its constructor threw before the manifest could be read: it is known by its folder.
        { "ThrowingModule", ["erreur au chargement", "Fichier de configuration de l'extension introuvable"] },
        { "essai-sdk-futur", ["construit pour le Sdk 2.0", "incompatible", $"Sdk {SdkInfo.Version}"] },
        { "essai-dependance", ["dépend du module", "désactivé"] },
        { "essai-migration", ["la migration de sa base de données a échoué", "THIS"] },
    };

    [Theory]
    [MemberData(nameof(BrokenPlugins))]
    public async Task A_plugin_that_cannot_run_is_shown_failed_with_its_reason_to_the_administrator(string id, string[] reason)
    {
        using var admin = await _sessions.SignedInAsync(Accounts.Administrateur);

        var row = await ModuleRow.ReadAsync(admin, id);

        Assert.Equal("en échec", row.State);
        Assert.NotNull(row.Reason);
        Assert.All(reason, part => Assert.Contains(part, row.Reason));
    }

    [Theory]
    [MemberData(nameof(BrokenPlugins))]
    public async Task A_plugin_that_cannot_run_is_reported_failed_by_health(string id, string[] reason)
    {
        using var browser = _platform.NewBrowser();

        var health = await HealthReport.ReadAsync(browser);

        Assert.Equal("dégradé", health.Status);
        Assert.Equal("ok", health.Database);
        var module = health.Module(id);
        Assert.Equal("failed", module.State);
        Assert.All(reason, part => Assert.Contains(part, module.Reason));
    }

    [Fact]
    public async Task The_platform_keeps_serving_its_pages_and_modules_beside_broken_plugins()
    {
        using var admin = await _sessions.SignedInAsync(Accounts.Administrateur);
        using var reader = await _sessions.SignedInAsync(Accounts.Lecteur);

        Assert.Equal(HttpStatusCode.OK, (await admin.OpenAsync("/admin/utilisateurs")).Status);
        var home = await reader.OpenAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        var rows = await ModuleRow.ReadAllAsync(admin);
        foreach (var id in new[] { ModuleIds.Governance, ModuleIds.Dispositifs, ModuleIds.Methodology })
        {
            Assert.Equal("activé", rows.Single(r => r.Id == id).State);
            foreach (var entry in _platform.NavigationOf(id))
            {
                Assert.Contains(entry.Path, home.NavigationLinks);
                Assert.Equal(HttpStatusCode.OK, (await reader.OpenAsync(entry.Path)).Status);
            }
        }
        Assert.Equal("désactivé", rows.Single(r => r.Id == ModuleIds.Evaluation).State);
        Assert.Equal(4, rows.Count(r => r.State == "en échec"));
    }

    [Fact]
    public async Task A_failed_migration_leaves_nothing_half_done_in_the_database()
    {
        using var connection = _platform.OpenDatabase();

        // The migration created a table before its invalid statement: that table must not survive.
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'Essai_Elements'"));
        if (Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = '__EFMigrationsHistory_Essai-migration'") > 0)
        {
            Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM \"__EFMigrationsHistory_Essai-migration\""));
        }
        Assert.DoesNotContain(_platform.Catalog.Enabled, m => m.Manifest.Id == "essai-migration");
    }

    private static long Scalar(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}

/// <summary>A third-party plugin dropped into the extra plugins folder runs like the platform's own modules.</summary>
public sealed class ThirdPartyPluginTests
{
    private const string Id = "essai-extension";
    private const string PagePath = "/essai-extension";

    [Fact]
    public async Task A_plugin_dropped_into_the_extra_folder_is_listed_and_its_page_works()
    {
        await using var platform = await PlatformFactory.StartAsync(new PlatformOptions { ExtraPlugins = ["Extension"] });
        using var admin = await platform.SignedInAsync(Accounts.Administrateur);
        using var reader = await platform.SignedInAsync(Accounts.Lecteur);
        using var anonymous = platform.NewBrowser();

        var row = await ModuleRow.ReadAsync(admin, Id);
        Assert.Equal("activé", row.State);
        Assert.Contains("Extension d'essai", row.Text);
        Assert.Contains("1.2.3", row.Text);
        Assert.Contains(platform.PluginsDirectory!, row.Text);
        Assert.Equal("enabled", (await HealthReport.ReadAsync(anonymous)).Module(Id).State);

        Assert.Equal("/connexion", Browser.RedirectPath(await anonymous.GetAsync(PagePath)));

        var home = await reader.OpenAsync("/");
        Assert.Contains(PagePath, home.NavigationLinks);
        var page = await reader.OpenAsync(PagePath);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal($"Extension chargée pour {YonneNord.Name}, à la demande de {Accounts.Lecteur.Email}.", page.TextOf("#extension-message"));
        // Inside the platform's page shell, like any module page.
        Assert.Contains(YonneNord.Name, page.TextOf("header .navbar-brand"));
    }
}
