using Ctg.Modules.Evaluation.Data;
using Ctg.Sdk;

namespace Ctg.Modules.Evaluation;

/// <summary>
/// Observation et évaluation: the territory's portrait and the indicators of Fiche 17, computed from what
/// the other modules answer through the Sdk (each shown as "module désactivé" when its module is off),
/// and a journal of what they announce. Needs no other module.
/// </summary>
public sealed class EvaluationModule : CtgModule<EvaluationDbContext>
{
    public override ModuleManifest Manifest { get; } = new(
        ModuleIds.Evaluation,
        "Observation et évaluation",
        "0.1.0",
        "Portrait du territoire, indicateurs de suivi de la CTG et de la fiche 17, journal de l'activité des autres modules.",
        []);

    public override IEnumerable<NavigationEntry> Navigation =>
        [new("Observation et évaluation", "/evaluation", "graph-up", 40)];
}
