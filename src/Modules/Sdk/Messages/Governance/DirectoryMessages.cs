using MediatR;

namespace Ctg.Sdk.Messages.Governance;

/// <summary>The organisations of the directory of actors, to choose partners from. Answered by Governance.</summary>
public sealed record ListOrganisations : IRequest<IReadOnlyList<OrganisationSummary>>;

/// <param name="Reference">Opaque reference ("organisation:…"), never a foreign key.</param>
/// <param name="Type">French label of the organisation's type (Commune, CAF, Association...).</param>
public sealed record OrganisationSummary(string Reference, string Name, string Type);

/// <summary>Decisions recorded in the séances' relevés de décisions, newest first. Answered by Governance.</summary>
/// <param name="InstanceKind">Only this kind of instance ("COPIL", "COTECH"...), or every one when null.</param>
public sealed record ListDecisions(string? InstanceKind = null) : IRequest<IReadOnlyList<DecisionSummary>>;

/// <param name="Reference">Opaque reference ("decision:…").</param>
/// <param name="Label">"COPIL CTG du 12 mars 2026, décision n° 2".</param>
public sealed record DecisionSummary(string Reference, DateOnly Date, string InstanceName, int Number, string Text, string Label);
