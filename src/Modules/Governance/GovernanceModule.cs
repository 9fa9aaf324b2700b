using Ctg.Modules.Governance.Data;
using Ctg.Sdk;

namespace Ctg.Modules.Governance;

/// <summary>
/// Gouvernance: the CTG's instances (COPIL, COTECH, groupes de travail) and their séances.
/// Answers <see cref="Sdk.Messages.Governance.GetGovernanceActivity"/>; publishes
/// <see cref="Sdk.Messages.Governance.SeanceHeld"/>. Needs no other module.
/// </summary>
public sealed class GovernanceModule : CtgModule<GovernanceDbContext>
{
    public override ModuleManifest Manifest { get; } = new(
        ModuleIds.Governance,
        "Gouvernance",
        "0.1.0",
        "Instances de pilotage (COPIL, COTECH, groupes de travail), leurs séances et leur régularité.",
        []);

    public override IEnumerable<NavigationEntry> Navigation =>
        [new("Gouvernance", "/gouvernance", "people", 10)];
}
