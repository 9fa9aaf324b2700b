namespace Ctg.Sdk;

/// <summary>What a module says of itself: read by the host before anything of the module runs.</summary>
/// <param name="Id">Stable identifier, used in configuration (<c>Modules:&lt;Id&gt;:Enabled</c>) and URLs.</param>
/// <param name="DisplayName">French name shown to users.</param>
/// <param name="Version">The module's own version.</param>
/// <param name="Description">One French sentence on what the module offers.</param>
/// <param name="Dependencies">Ids of the modules that must be enabled for this one to start.</param>
public sealed record ModuleManifest(
    string Id,
    string DisplayName,
    string Version,
    string Description,
    IReadOnlyList<string> Dependencies)
{
    /// <summary>Copied from <see cref="SdkInfo.Version"/> when the module is compiled.</summary>
    public string SdkVersion { get; init; } = SdkInfo.Version;

    /// <summary>Author or organisation that maintains the module.</summary>
    public string Author { get; init; } = "Plateforme CTG";

    /// <summary>
    /// Ids of the modules whose demonstration data this module's <see cref="IDemoContributor"/> reads when
    /// they are enabled: the host orders this module after them, but, unlike <see cref="Dependencies"/>, the
    /// module starts without them. Ignored for a module that is absent, and when it would contradict a
    /// dependency or another module's own list (a cycle).
    /// </summary>
    public IReadOnlyList<string> SeedsAfter { get; init; } = [];
}
