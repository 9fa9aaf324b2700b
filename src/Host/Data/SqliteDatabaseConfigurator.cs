using System.Data.Common;
using Ctg.Sdk;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ctg.Host.Data;

/// <summary>
/// Every module's DbContext points at the one platform database; each keeps its own migration history
/// table and takes its migrations from its own assembly. This is the one place that knows the store is
/// SQLite and how its connections behave (ADR 0010): modules stay provider-neutral.
/// </summary>
public sealed class SqliteDatabaseConfigurator(string connectionString) : IDatabaseConfigurator
{
    /// <summary>The platform's connection string with the connection policy's defaults filled in.</summary>
    public string ConnectionString { get; } = WithDefaults(connectionString);

    public void Configure(DbContextOptionsBuilder options, string moduleId) =>
        options
            .UseSqlite(ConnectionString, sqlite => sqlite.MigrationsHistoryTable(ModuleDbContext.HistoryTableFor(moduleId)))
            .AddInterceptors(SqliteConnectionPolicy.Instance);

    /// <summary>
    /// Foreign keys on even for a connection opened from this string outside EF Core; a setting the
    /// administrator wrote in <c>ConnectionStrings:Ctg</c> is kept.
    /// </summary>
    private static string WithDefaults(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        builder.ForeignKeys ??= true;
        return builder.ToString();
    }
}

/// <summary>
/// Runs on every connection EF Core opens, whatever the module. WAL lets readers go on while one request
/// writes; synchronous=NORMAL is durable enough in WAL (a power cut may lose the last commits, never the
/// file's integrity) and spares an fsync per commit; the busy timeout makes a second writer wait for the
/// lock instead of failing at once; foreign keys are enforced whatever the native library's default.
/// </summary>
public sealed class SqliteConnectionPolicy : DbConnectionInterceptor
{
    public static readonly SqliteConnectionPolicy Instance = new();

    /// <summary>How long a connection waits for another connection's write lock before SQLITE_BUSY.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    private static readonly string Pragmas =
        $"PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON;";

    private SqliteConnectionPolicy()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
