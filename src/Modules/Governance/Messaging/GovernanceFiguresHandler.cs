using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Figures;
using Ctg.Sdk;
using Ctg.Sdk.Messages.Governance;
using MediatR;

namespace Ctg.Modules.Governance.Messaging;

/// <summary>Answers other modules (Evaluation): the figures of the dashboard over a period.</summary>
internal sealed class GovernanceFiguresHandler(GovernanceDbContext db, IClock clock) : IRequestHandler<GetGovernanceFigures, GovernanceFigures>
{
    public async Task<GovernanceFigures> Handle(GetGovernanceFigures request, CancellationToken cancellationToken)
    {
        var period = new FiguresPeriod(request.From, request.To, $"du {request.From:dd/MM/yyyy} au {request.To:dd/MM/yyyy}");
        var figures = await new DashboardFiguresReader(db).ReadAsync(period, clock.Today, cancellationToken);
        return new GovernanceFigures(
            figures.SeancesHeld,
            figures.InstancesActive,
            figures.Participation.Overall.Rate,
            figures.Decisions.DecisionsTaken,
            figures.Decisions.OnTimeShare,
            figures.Regularity
                .Select(r => new InstanceRegularity(r.InstanceId, r.InstanceName, r.Year, r.Expected, r.Held, r.Regularity.UpToDate, r.Regularity.Label))
                .ToList());
    }
}
