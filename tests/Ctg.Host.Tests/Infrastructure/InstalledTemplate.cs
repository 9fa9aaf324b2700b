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

    /// <summary>
    /// A plain file copy: the template is a file of its own that no connection ever opens again, so test
    /// platforms starting at the same moment cannot find it locked.
    /// </summary>
    public static void CopyTo(string source, string destination) => File.Copy(source, destination, overwrite: true);

    private static async Task<string> CreateAsync()
    {
        var folder = TestFolders.Create("modele");
        await using (var platform = await PlatformFactory.StartAsync(new PlatformOptions { Installed = false, DataDirectory = folder }))
        {
            await platform.InstallAsync(Accounts.All);
        }
        // SQLite's backup takes everything the platform wrote, into a file that nothing holds open.
        var template = Path.Combine(TestFolders.Create("modele-fige"), "ctg.db");
        using (var from = new SqliteConnection($"Data Source={Path.Combine(folder, "ctg.db")};Mode=ReadOnly;Pooling=False"))
        using (var to = new SqliteConnection($"Data Source={template};Pooling=False"))
        {
            from.Open();
            to.Open();
            from.BackupDatabase(to);
        }
        return template;
    }
}
