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

/// <summary>Published by Methodology when a fiche's status changes. Statuses are French labels.</summary>
public sealed record FicheStatusChanged(Guid FicheId, string Number, string Title, string OldStatus, string NewStatus, DateOnly On) : INotification;

/// <summary>Published by Methodology when a jalon of a fiche is marked done.</summary>
/// <param name="Late">Done after its due date.</param>
public sealed record JalonReached(Guid FicheId, string FicheNumber, Guid JalonId, string Title, DateOnly DueOn, DateOnly ReachedOn, bool Late) : INotification;

/// <summary>The fiches actions of the plan, for other modules to point at. Answered by Methodology.</summary>
public sealed record ListFicheSummaries : IRequest<IReadOnlyList<FicheSummary>>;

/// <param name="Reference">Opaque reference other modules store (never a foreign key).</param>
/// <param name="Status">French status label.</param>
/// <param name="Deadline">The fiche's échéance, if any.</param>
/// <param name="Progress">% d'avancement.</param>
public sealed record FicheSummary(string Reference, string Number, string Title, string Status, DateOnly? Deadline = null, int Progress = 0);

/// <summary>
/// Échéances and jalons due in a period, and how many were kept: the "deadlines kept" process indicator.
/// Answered by Methodology.
/// </summary>
public sealed record GetDeadlinesKept(DateOnly From, DateOnly To) : IRequest<DeadlinesKept>;

/// <param name="Due">Jalons and fiche échéances due in the period, up to today.</param>
/// <param name="KeptOnTime">Of those, done on or before their date (a fiche: réalisée).</param>
/// <param name="Missed">Of those, not done by their date.</param>
public sealed record DeadlinesKept(int Due, int KeptOnTime, int Missed)
{
    /// <summary>Between 0 and 1; null when nothing was due.</summary>
    public double? Share => Due == 0 ? null : (double)KeptOnTime / Due;
}
