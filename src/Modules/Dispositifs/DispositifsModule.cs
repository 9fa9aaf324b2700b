using Ctg.Sdk;

namespace Ctg.Modules.Dispositifs;

public sealed class DispositifsModule : CtgModule
{
    public override ModuleManifest Manifest { get; } = new(ModuleIds.Dispositifs, "Dispositifs", "0.1.0", "", []);
}
