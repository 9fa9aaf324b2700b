using MediatR;

namespace Ctg.Sdk.Messages.Evaluation;

/// <summary>The indicators Evaluation follows, with their latest value. Answered by Evaluation.</summary>
public sealed record ListIndicators : IRequest<IReadOnlyList<IndicatorSummary>>;

/// <param name="Reference">Opaque reference ("indicateur:…") other modules store.</param>
/// <param name="Value">Latest value, null when none is known yet.</param>
/// <param name="Period">What the value covers ("2026", "2024-2028").</param>
/// <param name="Display">The value as shown, in French ("62 %", "8 séances"), or "non disponible".</param>
public sealed record IndicatorSummary(string Reference, string Name, string Unit, double? Value, string? Period, double? Target, string Display);
