using Ctg.Sdk;

namespace TestPlugins.FutureSdk;

/// <summary>A plugin that says it was built for a Sdk newer than the platform's.</summary>
public sealed class FutureSdkModule : CtgModule
{
    public const string BuiltFor = "2.0";

    public override ModuleManifest Manifest { get; } =
        new ModuleManifest("essai-sdk-futur", "Essai : Sdk futur", "1.0.0", "Construit pour une version future du Sdk.", [])
        {
            SdkVersion = BuiltFor,
        };
}
