using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Sdk;

/// <summary>
/// The one class a module writes at its root: its manifest, its services, its data and its navigation.
/// The host finds it by reflection in the plugin assembly (a public, non-abstract subclass with a
/// parameterless constructor) and registers the MediatR handlers of the assembly itself.
/// </summary>
public abstract class CtgModule
{
    public abstract ModuleManifest Manifest { get; }

    /// <summary>The module's DbContext, migrated by the host at start-up in dependency order.</summary>
    public virtual Type? DbContextType => null;

    /// <summary>Entries of the main navigation, in the module's order.</summary>
    public virtual IEnumerable<NavigationEntry> Navigation => [];

    public virtual void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
    }
}

/// <summary>
/// A module that owns data: its DbContext is registered against the platform's database, with the
/// module's own migration history table, and migrated by the host at start-up.
/// </summary>
public abstract class CtgModule<TContext> : CtgModule where TContext : ModuleDbContext
{
    public sealed override Type DbContextType => typeof(TContext);

    public override void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        services.AddDbContext<TContext>(options => context.Database.Configure(options, Manifest.Id));
}

/// <summary>What the host gives a module while it registers its services.</summary>
public sealed class ModuleContext(IConfiguration configuration, IConfiguration moduleSection, IDatabaseConfigurator database)
{
    /// <summary>The whole application configuration.</summary>
    public IConfiguration Configuration { get; } = configuration;

    /// <summary>The section <c>Modules:&lt;Id&gt;</c> of the configuration.</summary>
    public IConfiguration ModuleSection { get; } = moduleSection;

    /// <summary>Points a DbContext at the platform's database, with the module's own migration history table.</summary>
    public IDatabaseConfigurator Database { get; } = database;
}
