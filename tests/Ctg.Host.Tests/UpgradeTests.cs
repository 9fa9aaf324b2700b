using Ctg.Sdk;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Host.Tests;

public sealed class UpgradeTests
{
    private const string History = "__EFMigrationsHistory_Governance";

    [Fact]
    public async Task Upgrading_a_module_applies_its_new_migrations_and_keeps_its_data()
    {
        var data = TestFolders.Create("mise-a-jour");
        var instanceId = Guid.NewGuid().ToString().ToUpperInvariant();
        List<string> migrations;
        try
        {
            // A deployment made with an older Governance: only its first migration was applied.
            await using (var older = await PlatformFactory.StartAsync(new PlatformOptions { DataDirectory = data }))
            {
                await using var scope = older.Services.CreateAsyncScope();
                var contextType = older.Catalog.Enabled.Single(m => m.Manifest.Id == ModuleIds.Governance).Module.DbContextType!;
                var governance = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
                migrations = governance.Database.GetMigrations().ToList();
                Assert.True(migrations.Count >= 2, "Governance devrait avoir au moins deux migrations.");
                await governance.GetService<IMigrator>().MigrateAsync(migrations.Single(m => m.EndsWith("_Initial", StringComparison.Ordinal)));
            }
            await using (var connection = Open(data))
            {
                Assert.Equal([migrations[0]], Strings(connection, $"SELECT MigrationId FROM {History}"));
                Assert.Empty(Strings(connection, "SELECT name FROM sqlite_master WHERE name = 'Gov_Seances'"));
                Execute(connection, $"""
                    INSERT INTO Gov_Instances (Id, Name, Kind, Purpose, ExpectedSeancesPerYear, IsActive, Version)
                    VALUES ('{instanceId}', 'COPIL de la CTG', 'Copil', 'Piloter la convention', 2, 1, 1)
                    """);
            }

            // The new version starts on that database.
            await using (var upgraded = await PlatformFactory.StartAsync(new PlatformOptions { DataDirectory = data }))
            {
                using var browser = upgraded.NewBrowser();
                Assert.Equal("enabled", (await HealthReport.ReadAsync(browser)).Module(ModuleIds.Governance).State);
            }
            await using (var connection = Open(data))
            {
                Assert.Equal(migrations, Strings(connection, $"SELECT MigrationId FROM {History} ORDER BY MigrationId"));
                Assert.Equal(["Gov_Seances"], Strings(connection, "SELECT name FROM sqlite_master WHERE name = 'Gov_Seances'"));
                Assert.Equal(["COPIL de la CTG"], Strings(connection, $"SELECT Name FROM Gov_Instances WHERE Id = '{instanceId}'"));
            }
        }
        finally
        {
            TestFolders.Delete(data);
        }
    }

    private static SqliteConnection Open(string data)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(data, "ctg.db")};Pooling=False");
        connection.Open();
        return connection;
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, command.ExecuteNonQuery());
    }
}
