using Ctg.Host.Data;
using Ctg.Host.Hosting;
using Ctg.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Host.Territories;

/// <summary>
/// The installed territory, read once and kept for the life of the process (it changes only at
/// installation, which calls <see cref="Forget"/>).
/// </summary>
public sealed class TerritoryCache
{
    private Territory? _territory;

    public Territory? Cached => Volatile.Read(ref _territory);

    public void Remember(Territory territory) => Volatile.Write(ref _territory, territory);

    public void Forget() => Volatile.Write(ref _territory, null);
}

public sealed class TerritoryContext(HostDbContext db, TerritoryCache cache) : ITerritoryContext
{
    public async Task<Territory?> GetAsync(CancellationToken cancellationToken = default)
    {
        if (cache.Cached is { } cached)
        {
            return cached;
        }
        var installation = await db.Installations.AsNoTracking().OrderBy(i => i.Id).FirstOrDefaultAsync(cancellationToken);
        if (installation is null)
        {
            return null;
        }
        var communes = await db.Communes.AsNoTracking().ToListAsync(cancellationToken);
        var territory = new Territory(installation.Siren, installation.Name, installation.Kind, installation.Population,
            communes.OrderBy(c => c.Name, French.Comparer).Select(c => new Commune(c.InseeCode, c.Siren, c.Name, c.Population)).ToList());
        cache.Remember(territory);
        return territory;
    }
}
