using Ctg.Modules.Governance.Access;
using Ctg.Modules.Governance.Data;
using Ctg.Sdk;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Modules.Governance;

/// <summary>
/// Gouvernance: the directory of actors, the CTG's instances (COPIL, COTECH, groupes de travail), their
/// séances with agenda, attendance, minutes and decisions, and the participation figures of Fiche 17.
/// Answers <see cref="Sdk.Messages.Governance.GetGovernanceActivity"/>; publishes
/// <see cref="Sdk.Messages.Governance.SeanceHeld"/>. Needs no other module; links séance agenda items to
/// fiches actions when Methodology runs.
/// </summary>
public sealed class GovernanceModule : CtgModule<GovernanceDbContext>
{
    public override ModuleManifest Manifest { get; } = new(
        ModuleIds.Governance,
        "Gouvernance",
        "0.2.0",
        "Annuaire des acteurs, instances de pilotage (COPIL, COTECH, groupes de travail), séances, émargement, comptes rendus, décisions et taux de participation.",
        []);

    public override IEnumerable<NavigationEntry> Navigation =>
        [new("Gouvernance", "/gouvernance", "people", 10)];

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        base.ConfigureServices(services, context);
        services.AddScoped<GovernanceAccess>();
    }
}
