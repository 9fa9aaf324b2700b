using Ctg.Modules.Governance.Data;
using Ctg.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Modules.Governance;

/// <summary>
/// Gouvernance: the CTG's instances (COPIL, COTECH, groupes de travail) and their séances.
/// Answers <see cref="Sdk.Messages.Governance.GetGovernanceActivity"/>; publishes
/// <see cref="Sdk.Messages.Governance.SeanceHeld"/>. Needs no other module.
/// </summary>
public sealed class GovernanceModule : CtgModule
{
    public override ModuleManifest Manifest { get; } = new(
        ModuleIds.Governance,
        "Gouvernance",
        "0.1.0",
        "Instances de pilotage (COPIL, COTECH, groupes de travail), leurs séances et leur régularité.",
        []);

    public override Type DbContextType => typeof(GovernanceDbContext);

    public override IEnumerable<NavigationEntry> Navigation =>
        [new("Gouvernance", "/gouvernance", "people", 10)];

    public override void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        services.AddDbContext<GovernanceDbContext>(options => context.Database.Configure(options, Manifest.Id));
}
