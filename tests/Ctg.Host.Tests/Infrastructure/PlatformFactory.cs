using Ctg.Host.Hosting;
using Ctg.Host.Plugins;
using Ctg.Host.Territories;
using Ctg.Sdk;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Host.Tests.Infrastructure;

/// <summary>How a test wants its platform.</summary>
public sealed record PlatformOptions
{
    /// <summary>Start from a copy of the installed template (CC Yonne Nord and one account per role).</summary>
    public bool Installed { get; init; } = true;

    /// <summary>Module ids switched off with <c>Modules:&lt;id&gt;:Enabled=false</c>.</summary>
    public IReadOnlyList<string> DisabledModules { get; init; } = [];

    /// <summary>Names of test plugins (folders of test-plugins/) dropped into the extra plugins folder.</summary>
    public IReadOnlyList<string> ExtraPlugins { get; init; } = [];

    public bool Demo { get; init; }

    /// <summary>An existing data folder, kept when the platform stops (to start it again on the same data).</summary>
    public string? DataDirectory { get; init; }
}

/// <summary>
/// The whole platform in memory, on its own data folder (so its own SQLite database), with the platform's
/// modules from plugins/ beside the test binaries and, if asked, test plugins from an extra folder.
/// </summary>
public sealed class PlatformFactory : WebApplicationFactory<Program>
{
    /// <summary>
    /// PBKDF2 iterations for the passwords the test platforms hash (the template's accounts, the accounts tests
    /// create). The product's default (100 000) made every sign-in and every account cost a tenth of a second or
    /// more of CPU; sign-in, lockout and deactivation still run through Identity exactly as in production, and a
    /// hash made with the default (by the setup command, in its own process) is still verified with its own count.
    /// </summary>
    public const int PasswordHashIterations = 1_000;

    private readonly PlatformOptions _options;
    private readonly bool _ownsData;
    private bool _cleanedUp;
    private string? _hostConnectionString;

    private PlatformFactory(PlatformOptions options, string dataDirectory, bool ownsData, string? pluginsDirectory)
    {
        _options = options;
        DataDirectory = dataDirectory;
        _ownsData = ownsData;
        PluginsDirectory = pluginsDirectory;
    }

    public string DataDirectory { get; }
    public string? PluginsDirectory { get; }
    public string DatabaseFile => Path.Combine(DataDirectory, _options.Demo ? "ctg-demo.db" : "ctg.db");
    public string ConnectionString => $"Data Source={DatabaseFile};Pooling=False";

    /// <summary>Prepares the data and plugin folders, then starts the platform.</summary>
    public static async Task<PlatformFactory> StartAsync(PlatformOptions? options = null)
    {
        options ??= new PlatformOptions();
        var ownsData = options.DataDirectory is null;
        var data = options.DataDirectory ?? TestFolders.Create("donnees");
        if (options.Installed && !File.Exists(Path.Combine(data, "ctg.db")))
        {
            InstalledTemplate.CopyTo(await InstalledTemplate.DatabaseAsync(), Path.Combine(data, "ctg.db"));
        }
        string? plugins = null;
        if (options.ExtraPlugins.Count > 0)
        {
            plugins = TestFolders.Create("extensions");
            foreach (var name in options.ExtraPlugins)
            {
                CopyFolder(Path.Combine(AppContext.BaseDirectory, "test-plugins", name), Path.Combine(plugins, name));
            }
        }
        var factory = new PlatformFactory(options, data, ownsData, plugins);
        _ = factory.Server; // starts the host: plugin loading and migrations happen here, not in the first request
        factory._hostConnectionString = factory.Services.GetRequiredService<CtgSettings>().ConnectionString;
        return factory;
    }

    public PluginCatalog Catalog => Services.GetRequiredService<PluginCatalog>();

    /// <summary>The navigation entries of an enabled module.</summary>
    public IReadOnlyList<NavigationEntry> NavigationOf(string moduleId) =>
        Catalog.Enabled.Where(m => m.Manifest.Id == moduleId).SelectMany(m => m.Module.Navigation).ToList();

    public Browser NewBrowser() => new(CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
    }));

    public async Task<Browser> SignedInAsync(Account account)
    {
        var browser = NewBrowser();
        await browser.SignInAsync(account);
        return browser;
    }

    /// <summary>Installs CC Yonne Nord with these accounts, as the installation page or the setup command would.</summary>
    public async Task InstallAsync(IEnumerable<Account> accounts)
    {
        await using var scope = Services.CreateAsyncScope();
        var installer = scope.ServiceProvider.GetRequiredService<Installer>();
        var epci = scope.ServiceProvider.GetRequiredService<EpciCatalog>().Find(YonneNord.Siren)!;
        var errors = await installer.InstallAsync(epci, accounts.Select(ToNewAccount).ToList(), demo: false);
        Assert.Empty(errors);
    }

    /// <summary>Creates one more account, for a test that changes it (locks it, deactivates it).</summary>
    public async Task<Account> CreateAccountAsync(string role)
    {
        var account = new Account($"{Guid.NewGuid():N}@essai.fr", "Personne d'essai", role);
        await using var scope = Services.CreateAsyncScope();
        var errors = await scope.ServiceProvider.GetRequiredService<Installer>().CreateAccountAsync(ToNewAccount(account));
        Assert.Empty(errors);
        return account;
    }

    public SqliteConnection OpenDatabase()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Read before the application is built: only UseSetting reaches the host in time.
        builder.UseSetting("Ctg:DataDirectory", DataDirectory);
        builder.UseSetting("Ctg:Demo", _options.Demo ? "true" : "false");
        builder.UseSetting("Ctg:PluginsDirectory", PluginsDirectory ?? "");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Keys stay in the throwaway data folder; the warning that they are not encrypted says nothing here.
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore.DataProtection", "Error");
        foreach (var module in _options.DisabledModules)
        {
            builder.UseSetting($"Modules:{module}:Enabled", "false");
        }
        // Test platforms only: the product keeps Identity's default.
        builder.ConfigureTestServices(services =>
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = PasswordHashIterations));
    }

    // Both Dispose and DisposeAsync end here, once the host has stopped.
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !_cleanedUp)
        {
            _cleanedUp = true;
            CleanUp();
        }
    }

    private void CleanUp()
    {
        // The host pools its connections: release the file before it is copied, opened again or removed.
        if (_hostConnectionString is not null)
        {
            using var pooled = new SqliteConnection(_hostConnectionString);
            SqliteConnection.ClearPool(pooled);
        }
        if (_ownsData)
        {
            TestFolders.Delete(DataDirectory);
        }
        if (PluginsDirectory is not null)
        {
            TestFolders.Delete(PluginsDirectory);
        }
    }

    private static NewAccount ToNewAccount(Account account) =>
        new(account.Email, account.DisplayName, "Commune d'essai", account.Password, [account.Role]);

    private static void CopyFolder(string source, string destination)
    {
        if (!Directory.Exists(source))
        {
            throw new DirectoryNotFoundException($"Extension d'essai introuvable : {source} (reconstruisez les tests).");
        }
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
