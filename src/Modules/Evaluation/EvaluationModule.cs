using Ctg.Sdk;

namespace Ctg.Modules.Evaluation;

public sealed class EvaluationModule : CtgModule
{
    public override ModuleManifest Manifest { get; } = new(ModuleIds.Evaluation, "Evaluation", "0.1.0", "", []);
}
