using Ctg.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Host.Data;

/// <summary>
/// Every module's DbContext points at the one platform database; each keeps its own migration history
/// table and takes its migrations from its own assembly.
/// </summary>
public sealed class SqliteDatabaseConfigurator(string connectionString) : IDatabaseConfigurator
{
    public void Configure(DbContextOptionsBuilder options, string moduleId) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(ModuleDbContext.HistoryTableFor(moduleId)));
}
