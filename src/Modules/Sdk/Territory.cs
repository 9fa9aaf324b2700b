namespace Ctg.Sdk;

/// <summary>The intercommunalité this deployment serves, chosen at installation.</summary>
public sealed record Territory(string Siren, string Name, string Kind, int Population, IReadOnlyList<Commune> Communes)
{
    public Commune? FindCommune(string inseeCode) => Communes.FirstOrDefault(c => c.InseeCode == inseeCode);
}

/// <summary>A member commune of the territory (from the national list of EPCIs and communes).</summary>
public sealed record Commune(string InseeCode, string Siren, string Name, int Population);

/// <summary>Gives modules the installed territory.</summary>
public interface ITerritoryContext
{
    /// <summary>The territory, or null while the platform is not installed.</summary>
    Task<Territory?> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>The territory; throws when the platform is not installed (never the case behind sign-in).</summary>
    async Task<Territory> GetRequiredAsync(CancellationToken cancellationToken = default) =>
        await GetAsync(cancellationToken) ?? throw new InvalidOperationException("La plateforme n'est pas encore installée.");
}
