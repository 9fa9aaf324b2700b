using MediatR;

namespace Ctg.Sdk.Messages.Governance;

/// <summary>Published by Governance when a decision is added to the relevé de décisions of a séance.</summary>
/// <param name="Number">The decision's number within its séance (1, 2, 3...).</param>
public sealed record DecisionRecorded(Guid DecisionId, Guid SeanceId, string InstanceName, int Number, string Text, DateOnly Date) : INotification;
