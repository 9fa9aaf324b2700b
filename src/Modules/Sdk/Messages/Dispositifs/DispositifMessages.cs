using MediatR;

namespace Ctg.Sdk.Messages.Dispositifs;

/// <summary>The territory's contracts and schemes, for other modules to refer to. Answered by Dispositifs.</summary>
public sealed record ListDispositifs : IRequest<IReadOnlyList<DispositifSummary>>;

/// <param name="Reference">Opaque reference other modules store (never a foreign key).</param>
/// <param name="Kind">Short name of the kind of dispositif: CTG, SPPE, CLS, PEDT...</param>
public sealed record DispositifSummary(string Reference, string Kind, string Name, DateOnly? Start, DateOnly? End);
