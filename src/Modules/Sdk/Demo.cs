namespace Ctg.Sdk;

/// <summary>
/// A module's contribution to the demonstration database (CC Yonne Nord). Called once, after the
/// territory and the demo accounts exist, in the order the platform starts its modules: after the modules
/// this one depends on and after those named in <see cref="ModuleManifest.SeedsAfter"/>.
/// </summary>
public interface IDemoContributor
{
    Task SeedAsync(DemoContext context, CancellationToken cancellationToken);
}

/// <summary>What a demo contributor may rely on.</summary>
/// <param name="Territory">The demo territory (CC Yonne Nord, SIREN 248900896).</param>
/// <param name="Accounts">Demo user ids by account e-mail, e.g. "coordination@demo.local".</param>
public sealed record DemoContext(Territory Territory, IReadOnlyDictionary<string, string> Accounts);
