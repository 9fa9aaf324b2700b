using MediatR;

namespace Ctg.Sdk.Messages.Governance;

/// <summary>How many séances the governance instances held in a year. Answered by Governance.</summary>
public sealed record GetGovernanceActivity(int Year) : IRequest<GovernanceActivity>;

/// <param name="Instances">Active instances (COPIL, COTECH, groupes de travail...).</param>
/// <param name="SeancesHeld">Séances held ("tenues") during the year.</param>
/// <param name="SeancesPlanned">Séances still planned during the year.</param>
public sealed record GovernanceActivity(int Year, int Instances, int SeancesHeld, int SeancesPlanned);

/// <summary>Published by Governance when a séance is recorded as held.</summary>
public sealed record SeanceHeld(Guid SeanceId, string InstanceName, DateOnly Date) : INotification;
