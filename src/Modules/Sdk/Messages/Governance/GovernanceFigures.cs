using MediatR;

namespace Ctg.Sdk.Messages.Governance;

/// <summary>
/// The governance figures of Fiche 17 over a period (a year, the CTG's period). Answered by Governance.
/// </summary>
public sealed record GetGovernanceFigures(DateOnly From, DateOnly To) : IRequest<GovernanceFigures>;

/// <param name="SeancesHeld">Séances held ("tenues") in the period.</param>
/// <param name="InstancesActive">Instances active today.</param>
/// <param name="ParticipationRate">
/// Between 0 and 1: members present or represented over members convened, on the séances held whose
/// attendance is recorded; guests apart. Null when no attendance is recorded in the period.
/// </param>
/// <param name="DecisionsTaken">Decisions of the séances of the period (cancelled séances apart).</param>
/// <param name="FollowUpsDoneOnTimeShare">
/// Between 0 and 1: follow-ups of those decisions done on or before their due date, over the follow-ups done
/// or whose due date has passed. Null when there is none.
/// </param>
/// <param name="Regularity">Per instance and calendar year of the period, up to the current year.</param>
public sealed record GovernanceFigures(
    int SeancesHeld,
    int InstancesActive,
    double? ParticipationRate,
    int DecisionsTaken,
    double? FollowUpsDoneOnTimeShare,
    IReadOnlyList<InstanceRegularity> Regularity);

/// <param name="UpToDate">Séances held (and, for the current year, planned) cover the expected rhythm.</param>
/// <param name="Label">"À jour", "En retard" or "Sans rythme fixé".</param>
public sealed record InstanceRegularity(Guid InstanceId, string InstanceName, int Year, int Expected, int Held, bool UpToDate, string Label);
