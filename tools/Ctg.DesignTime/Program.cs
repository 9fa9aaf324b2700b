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

internal sealed class DispositifsFactory : IDesignTimeDbContextFactory<Ctg.Modules.Dispositifs.Data.DispositifsDbContext>
{
    public Ctg.Modules.Dispositifs.Data.DispositifsDbContext CreateDbContext(string[] args) =>
        DesignTime.Create<Ctg.Modules.Dispositifs.Data.DispositifsDbContext>(ModuleIds.Dispositifs);
}

internal sealed class MethodologyFactory : IDesignTimeDbContextFactory<Ctg.Modules.Methodology.Data.MethodologyDbContext>
{
    public Ctg.Modules.Methodology.Data.MethodologyDbContext CreateDbContext(string[] args) =>
        DesignTime.Create<Ctg.Modules.Methodology.Data.MethodologyDbContext>(ModuleIds.Methodology);
}

internal sealed class EvaluationFactory : IDesignTimeDbContextFactory<Ctg.Modules.Evaluation.Data.EvaluationDbContext>
{
    public Ctg.Modules.Evaluation.Data.EvaluationDbContext CreateDbContext(string[] args) =>
        DesignTime.Create<Ctg.Modules.Evaluation.Data.EvaluationDbContext>(ModuleIds.Evaluation);
}
