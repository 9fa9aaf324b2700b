using Microsoft.Data.Sqlite;

namespace Ctg.Host.Tests.Infrastructure;

/// <summary>
/// One database installed once per test run (all migrations applied, CC Yonne Nord, one account per role),
/// copied for each platform that starts installed: installing and hashing passwords each time would
/// cost more than all the assertions.
/// </summary>
public static class InstalledTemplate
{
    private static readonly Lazy<Task<string>> Template = new(CreateAsync);

    public static Task<string> DatabaseAsync() => Template.Value;

    /// <summary>Copies with SQLite's backup, which also takes what is still in the write-ahead log.</summary>
    public static void CopyTo(string source, string destination)
    {
        using var from = new SqliteConnection($"Data Source={source};Mode=ReadOnly;Pooling=False");
        using var to = new SqliteConnection($"Data Source={destination};Pooling=False");
        from.Open();
        to.Open();
        from.BackupDatabase(to);
    }

    private static async Task<string> CreateAsync()
    {
        var folder = TestFolders.Create("modele");
        await using (var platform = await PlatformFactory.StartAsync(new PlatformOptions { Installed = false, DataDirectory = folder }))
        {
            await platform.InstallAsync(Accounts.All);
        }
        return Path.Combine(folder, "ctg.db");
    }
}
