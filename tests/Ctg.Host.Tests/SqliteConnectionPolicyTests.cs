using Ctg.Host.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Host.Tests;

/// <summary>
/// Every connection the platform opens, whichever module's DbContext opens it, runs with the one connection
/// policy (ADR 0010): WAL, synchronous=NORMAL, a busy timeout and foreign keys.
/// </summary>
public sealed class SqliteConnectionPolicyTests(InstalledPlatform fixture) : IClassFixture<InstalledPlatform>
{
    private readonly PlatformFactory _platform = fixture.Platform;

    [Fact]
    public async Task Each_modules_live_connection_is_in_WAL_with_synchronous_NORMAL_a_busy_timeout_and_foreign_keys()
    {
        var contexts = _platform.Catalog.Enabled.Select(m => m.Module.DbContextType).OfType<Type>().Append(typeof(HostDbContext)).ToList();
        Assert.Equal(5, contexts.Count);
        foreach (var contextType in contexts)
        {
            await using var scope = _platform.Services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            await context.Database.OpenConnectionAsync();
            try
            {
                Assert.Equal("wal", await PragmaAsync(context, "journal_mode"));
                Assert.Equal(1L, await PragmaAsync(context, "synchronous")); // NORMAL
                Assert.True((long)(await PragmaAsync(context, "busy_timeout"))! >= 5000, $"{contextType.Name} : délai d'attente du verrou trop court");
                Assert.Equal(1L, await PragmaAsync(context, "foreign_keys"));
            }
            finally
            {
                await context.Database.CloseConnectionAsync();
            }
        }
    }

    private static async Task<object?> PragmaAsync(DbContext context, string pragma)
    {
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        return await command.ExecuteScalarAsync();
    }
}
