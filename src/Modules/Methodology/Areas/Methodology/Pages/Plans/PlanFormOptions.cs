using Ctg.Sdk.Messages.Dispositifs;

namespace Ctg.Modules.Methodology.Pages.Plans;

/// <summary>
/// What the plan form offers: the dispositifs of the Dispositifs module, or the fact that the module is
/// disabled (the plan then keeps the dispositif it has).
/// </summary>
/// <param name="Dispositifs">Null when the Dispositifs module is not enabled.</param>
/// <param name="CurrentName">Name of the dispositif the plan refers to, as stored.</param>
public sealed record PlanFormOptions(IReadOnlyList<DispositifSummary>? Dispositifs, string? CurrentReference, string? CurrentName)
{
    /// <summary>Suggested level labels for a new plan.</summary>
    public static readonly IReadOnlyList<string> DefaultLevels = ["Axe", "Enjeu", "Objectif opérationnel"];

    public static async Task<PlanFormOptions> LoadAsync(IModuleBus bus, string? currentReference, string? currentName, CancellationToken cancellationToken)
    {
        var answer = await bus.AskAsync(new ListDispositifs(), cancellationToken);
        return new PlanFormOptions(answer.IsAvailable ? answer.Value ?? [] : null, currentReference, currentName);
    }
}
