namespace Ctg.Sdk;

/// <summary>
/// The version of the contract between the host and its modules. A module records, at compile time,
/// the version it was built against (<see cref="ModuleManifest.SdkVersion"/> defaults to this constant,
/// which the compiler copies into the module). The host accepts a module of the same major version whose
/// minor version is not newer than its own.
/// </summary>
public static class SdkInfo
{
    public const string Version = "1.3";

    public static bool IsCompatible(string builtFor, out string reason)
    {
        if (!System.Version.TryParse(builtFor, out var wanted))
        {
            reason = $"version du Sdk illisible dans le manifeste : « {builtFor} »";
            return false;
        }
        var current = System.Version.Parse(Version);
        if (wanted.Major != current.Major || wanted.Minor > current.Minor)
        {
            reason = $"construit pour le Sdk {builtFor}, incompatible avec le Sdk {Version} de cette plateforme";
            return false;
        }
        reason = "";
        return true;
    }
}
