namespace Ctg.Sdk;

public enum ModuleState
{
    /// <summary>Loaded and running.</summary>
    Enabled,
    /// <summary>Switched off in configuration.</summary>
    Disabled,
    /// <summary>Could not start; see <see cref="ModuleInfo.FailureReason"/>.</summary>
    Failed,
}

/// <summary>A module or plugin found by the host, whatever its state.</summary>
public sealed record ModuleInfo(
    string Id,
    string DisplayName,
    string Version,
    string Description,
    IReadOnlyList<string> Dependencies,
    string SdkVersion,
    string Source,
    ModuleState State,
    string? FailureReason)
{
    public string StateLabel => State switch
    {
        ModuleState.Enabled => "activé",
        ModuleState.Disabled => "désactivé",
        _ => "en échec",
    };
}

/// <summary>What modules exist and which run; modules ask it before offering a link to another module.</summary>
public interface IModuleRegistry
{
    IReadOnlyList<ModuleInfo> Modules { get; }

    bool IsEnabled(string moduleId);
}

/// <summary>The well-known ids of the platform's own modules.</summary>
public static class ModuleIds
{
    public const string Governance = "governance";
    public const string Dispositifs = "dispositifs";
    public const string Methodology = "methodology";
    public const string Evaluation = "evaluation";
}
