using Ctg.Modules.Dispositifs.Data;
using Ctg.Sdk;

namespace Ctg.Modules.Dispositifs;

/// <summary>
/// Dispositifs: the contracts and schemes of the territory (CTG, SPPE, CLS, PEDT...), their periods and
/// life cycle, and the fiches actions that articulate with each. Answers
/// <see cref="Sdk.Messages.Dispositifs.ListDispositifs"/>; listens to
/// <see cref="Sdk.Messages.Methodology.FicheActionCreated"/>. Needs no other module.
/// </summary>
public sealed class DispositifsModule : CtgModule<DispositifsDbContext>
{
    public override ModuleManifest Manifest { get; } = new(
        ModuleIds.Dispositifs,
        "Dispositifs",
        "0.1.0",
        "Contrats et dispositifs du territoire (CTG, SPPE, CLS, PEDT…), leurs périodes, leur cycle de vie et leur articulation.",
        [])
    {
        // The demo's signatories and funders (the CAF, the MSA, the communes) are Governance's organisations.
        SeedsAfter = [ModuleIds.Governance],
    };

    public override IEnumerable<NavigationEntry> Navigation =>
        [new("Dispositifs", "/dispositifs", "diagram-3", 20)];
}
