using MediatR;

namespace Ctg.Sdk.Messages.Methodology;

/// <summary>Fiches actions counted by status. Answered by Methodology.</summary>
public sealed record CountFichesByStatus : IRequest<FicheStatusCounts>;

/// <param name="ByStatus">French status label → number of fiches, in the order of the statuses.</param>
public sealed record FicheStatusCounts(IReadOnlyList<KeyValuePair<string, int>> ByStatus)
{
    public int Total => ByStatus.Sum(s => s.Value);
}

/// <summary>Published by Methodology when a fiche action is created.</summary>
/// <param name="DispositifReference">The dispositif the fiche is attached to, if any.</param>
public sealed record FicheActionCreated(Guid FicheId, string Number, string Title, string? DispositifReference) : INotification;

/// <summary>The fiches actions of the plan, for other modules to point at. Answered by Methodology.</summary>
public sealed record ListFicheSummaries : IRequest<IReadOnlyList<FicheSummary>>;

/// <param name="Reference">Opaque reference other modules store (never a foreign key).</param>
/// <param name="Status">French status label.</param>
public sealed record FicheSummary(string Reference, string Number, string Title, string Status);
