using Ctg.Host.Data;
using Ctg.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

Console.WriteLine("Projet de conception pour « dotnet ef » : voir docs/adr/0004-migrations-per-module.md.");

/// <summary>
/// Builds any of the platform's DbContexts for `dotnet ef`, pointed at a throwaway SQLite file, with the
/// same migration history table as at run time. Usage:
/// dotnet ef migrations add Name --project src/Modules/Governance --startup-project tools/Ctg.DesignTime
/// </summary>
internal static class DesignTime
{
    public static TContext Create<TContext>(string moduleId) where TContext : DbContext
    {
        var options = new DbContextOptionsBuilder<TContext>();
        new SqliteDatabaseConfigurator("Data Source=design-time.db").Configure(options, moduleId);
        return (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
    }
}

internal sealed class HostFactory : IDesignTimeDbContextFactory<HostDbContext>
{
    public HostDbContext CreateDbContext(string[] args) => DesignTime.Create<HostDbContext>(HostDbContext.ModuleId);
}

internal sealed class GovernanceFactory : IDesignTimeDbContextFactory<Ctg.Modules.Governance.Data.GovernanceDbContext>
{
    public Ctg.Modules.Governance.Data.GovernanceDbContext CreateDbContext(string[] args) =>
        DesignTime.Create<Ctg.Modules.Governance.Data.GovernanceDbContext>(ModuleIds.Governance);
}
