using Ctg.Sdk;

namespace Ctg.Modules.Methodology;

public sealed class MethodologyModule : CtgModule
{
    public override ModuleManifest Manifest { get; } = new(ModuleIds.Methodology, "Methodology", "0.1.0", "", []);
}
