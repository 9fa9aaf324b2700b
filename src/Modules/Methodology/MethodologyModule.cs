using Ctg.Modules.Methodology.Data;
using Ctg.Sdk;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Modules.Methodology;

/// <summary>
/// Appui méthodologique: the fiches actions of the plan, their status and échéances. Answers
/// <see cref="Sdk.Messages.Methodology.CountFichesByStatus"/>; publishes
/// <see cref="Sdk.Messages.Methodology.FicheActionCreated"/>; asks Dispositifs for the contracts a fiche
/// can be attached to, and works without it.
/// </summary>
public sealed class MethodologyModule : CtgModule<MethodologyDbContext>
{
    public override ModuleManifest Manifest { get; } = new(
        ModuleIds.Methodology,
        "Appui méthodologique",
        "0.1.0",
        "Plan d'actions et fiches actions : des orientations politiques aux actions opérationnelles, leur suivi et l'aide à la décision.",
        [])
    {
        // The demo attaches the plan and its fiches to Dispositifs' CTG and takes an orientation from a COPIL decision.
        SeedsAfter = [ModuleIds.Governance, ModuleIds.Dispositifs],
    };

    public override IEnumerable<NavigationEntry> Navigation =>
        [new("Plan d'actions", "/methodologie", "list-check", 30)];

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        base.ConfigureServices(services, context);
        services.AddScoped<Access.FicheAccess>();
    }
}
