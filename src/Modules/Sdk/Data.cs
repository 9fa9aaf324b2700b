using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Ctg.Sdk;

/// <summary>
/// Implemented by the host: points a module's DbContext at the platform's database and gives it its own
/// migration history table. Modules never name a database provider, so the store can change.
/// </summary>
public interface IDatabaseConfigurator
{
    void Configure(DbContextOptionsBuilder options, string moduleId);
}

/// <summary>
/// Base of every module's DbContext. All the module's tables share a prefix (SQLite has no schemas),
/// and a row version column guards concurrent edits where an entity opts in with <see cref="IVersioned"/>.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Prefix of every table of the module, e.g. "Gov_".</summary>
    protected abstract string TablePrefix { get; }

    public static string HistoryTableFor(string moduleId) =>
        "__EFMigrationsHistory_" + char.ToUpperInvariant(moduleId[0]) + moduleId[1..];

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        foreach (IMutableEntityType entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.IsOwned() || entity.GetTableName() is not { } table)
            {
                continue;
            }
            if (!table.StartsWith(TablePrefix, StringComparison.Ordinal))
            {
                entity.SetTableName(TablePrefix + table);
            }
            if (typeof(IVersioned).IsAssignableFrom(entity.ClrType))
            {
                entity.FindProperty(nameof(IVersioned.Version))!.IsConcurrencyToken = true;
            }
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State is EntityState.Modified or EntityState.Added)
            {
                entry.Entity.Version++;
            }
        }
    }
}

/// <summary>
/// An entity whose edits are checked for concurrency: a form carries the version it was read at, and a
/// save over a newer version fails with <see cref="DbUpdateConcurrencyException"/>, which the host shows
/// as a French message instead of overwriting.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
