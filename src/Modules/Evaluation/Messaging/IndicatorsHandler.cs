using System.Globalization;
using Ctg.Sdk;
using Ctg.Sdk.Messages.Evaluation;
using Ctg.Sdk.Messages.Governance;
using Ctg.Sdk.Messages.Methodology;
using MediatR;

namespace Ctg.Modules.Evaluation.Messaging;

/// <summary>
/// Answers other modules with the process indicators Evaluation can compute today, over the current year,
/// each from the module that owns the data. An indicator whose module is disabled, or that has nothing to
/// measure yet, has no value and reads "non disponible".
/// </summary>
internal sealed class IndicatorsHandler(IModuleBus bus, IClock clock) : IRequestHandler<ListIndicators, IReadOnlyList<IndicatorSummary>>
{
    public const string Unavailable = "non disponible";

    public async Task<IReadOnlyList<IndicatorSummary>> Handle(ListIndicators request, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var start = new DateOnly(today.Year, 1, 1);
        var period = today.Year.ToString(CultureInfo.InvariantCulture);
        var governance = await bus.AskAsync(new GetGovernanceFigures(start, today), cancellationToken);
        var fiches = await bus.AskAsync(new CountFichesByStatus(), cancellationToken);
        var deadlines = await bus.AskAsync(new GetDeadlinesKept(start, new DateOnly(today.Year, 12, 31)), cancellationToken);
        var figures = governance.IsAvailable ? governance.Value : null;

        double? realisees = null;
        if (fiches.IsAvailable && fiches.Value!.Total > 0)
        {
            var done = fiches.Value.ByStatus.FirstOrDefault(s => s.Key == "Réalisée").Value;
            realisees = (double)done / fiches.Value.Total;
        }
        return
        [
            Count("indicateur:seances-tenues", "Séances des instances de gouvernance tenues", "séances", figures?.SeancesHeld, period, "séance", "séances"),
            Share("indicateur:taux-participation", "Taux de participation des partenaires aux temps de concertation", figures?.ParticipationRate, period),
            Count("indicateur:decisions-prises", "Décisions prises par les instances", "décisions", figures?.DecisionsTaken, period, "décision", "décisions"),
            Share("indicateur:suites-dans-les-delais", "Suites des décisions réalisées dans les délais", figures?.FollowUpsDoneOnTimeShare, period),
            Share("indicateur:fiches-realisees", "Fiches actions réalisées", realisees, period),
            Share("indicateur:echeances-tenues", "Échéances et jalons du plan d'actions tenus", deadlines.IsAvailable ? deadlines.Value!.Share : null, period),
        ];
    }

    private static IndicatorSummary Count(string reference, string name, string unit, int? value, string period, string one, string many) =>
        new(reference, name, unit, value, period, null,
            value is { } n ? $"{n.ToString("N0", French.Culture)} {(n > 1 ? many : one)}" : Unavailable);

    /// <param name="share">Between 0 and 1; the value given is a percentage.</param>
    private static IndicatorSummary Share(string reference, string name, double? share, string period) =>
        new(reference, name, "%", share is { } s ? Math.Round(s * 100, 1) : null, period, null,
            share is { } v ? v.ToString("P0", French.Culture) : Unavailable);
}
