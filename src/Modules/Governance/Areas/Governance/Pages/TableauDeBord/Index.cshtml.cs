using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Figures;
using Ctg.Sdk;
using Ctg.Sdk.Messages.Dispositifs;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages.TableauDeBord;

/// <summary>
/// The figures of Fiche 17 for governance: régularité of the instances, participation rate, decisions and
/// their follow-ups, over a year or the CTG's period; exportable to CSV and XLSX.
/// </summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public const string CtgPeriod = "ctg";
    public const string AllYears = "tout";
    public const int SeancesShown = 20;

    [BindProperty(SupportsGet = true, Name = "periode")]
    public string? Periode { get; set; }

    public Result Data { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        ViewData.SetTrail("Tableau de bord", new Breadcrumb("Gouvernance", "/gouvernance"));
        Data = await mediator.Send(new Query(Periode), HttpContext.RequestAborted);
    }

    public string ExportUrl(string format) => $"/gouvernance/tableau-de-bord/export.{format}?periode={Uri.EscapeDataString(Data.Selected)}";

    public sealed record Query(string? Periode) : IRequest<Result>;

    /// <param name="Selected">The value of the period chosen: a year, or "ctg".</param>
    /// <param name="CtgOption">The CTG's period, if the Dispositifs module knows one.</param>
    /// <param name="CtgUnavailable">Why the CTG's period is not offered, in French; null when it is.</param>
    public sealed record Result(DashboardFigures Figures, string Selected, IReadOnlyList<int> Years, FiguresPeriod? CtgOption, string? CtgUnavailable);

    internal sealed class Handler(GovernanceDbContext db, IModuleBus bus, IClock clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var today = clock.Today;
            FiguresPeriod? ctg = null;
            string? unavailable = null;
            var dispositifs = await bus.AskAsync(new ListDispositifs(), cancellationToken);
            if (!dispositifs.IsAvailable)
            {
                unavailable = "Module désactivé : la période de la CTG vient du module Dispositifs, qui n'est pas activé sur cette plateforme.";
            }
            else if (dispositifs.Value!.FirstOrDefault(d => d.Kind == "CTG" && d.Start is not null && d.End is not null) is { } convention)
            {
                ctg = new FiguresPeriod(convention.Start!.Value, convention.End!.Value,
                    $"la période de la CTG, du {convention.Start:dd/MM/yyyy} au {convention.End:dd/MM/yyyy}");
            }
            else
            {
                unavailable = "Aucune CTG avec ses dates de début et de fin n'est enregistrée dans le module Dispositifs.";
            }

            var (period, selected) = request.Periode switch
            {
                CtgPeriod when ctg is not null => (ctg, CtgPeriod),
                AllYears => (await AllYearsAsync(today, cancellationToken), AllYears),
                { } text when int.TryParse(text, out var year) && year is >= 2000 and <= 2100 => (FiguresPeriod.Year(year), text),
                _ => (FiguresPeriod.Year(today.Year), today.Year.ToString()),
            };
            var figures = await new DashboardFiguresReader(db).ReadAsync(period, today, cancellationToken);
            var years = figures.YearsWithSeances.Append(today.Year).Append(period.From.Year).Distinct().OrderByDescending(y => y).ToList();
            return new Result(figures, selected, years, ctg, unavailable);
        }

        private async Task<FiguresPeriod> AllYearsAsync(DateOnly today, CancellationToken cancellationToken)
        {
            var first = await db.Seances.MinAsync(s => (DateOnly?)s.Date, cancellationToken) ?? today;
            return FiguresPeriod.AllYears(first.Year, Math.Max(first.Year, today.Year));
        }
    }
}
