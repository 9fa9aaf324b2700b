using Ctg.Sdk;

namespace TestPlugins.NeedsEvaluation;

/// <summary>A plugin that cannot run without the Evaluation module.</summary>
public sealed class NeedsEvaluationModule : CtgModule
{
    public override ModuleManifest Manifest { get; } =
        new("essai-dependance", "Essai : dépend de l'évaluation", "1.0.0", "A besoin du module Évaluation.", [ModuleIds.Evaluation]);
}
