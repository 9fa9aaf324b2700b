using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Ctg.Sdk.Messages.Dispositifs;
using Ctg.Sdk.Messages.Evaluation;
using Ctg.Sdk.Messages.Governance;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Fiches;

/// <summary>
/// What the fiche form offers to choose from. A list is null when the module that holds it is disabled:
/// the form then says the choice is unavailable, and still works.
/// </summary>
public sealed class FicheFormChoices
{
    public IReadOnlyList<PlatformUser> Accounts { get; init; } = [];
    public IReadOnlyList<Commune> Communes { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<OrganisationSummary>? Organisations { get; init; }
    public IReadOnlyList<IndicatorSummary>? Indicators { get; init; }
    public IReadOnlyList<DispositifSummary>? Dispositifs { get; init; }

    public static async Task<FicheFormChoices> LoadAsync(
        MethodologyDbContext db, IUserDirectory users, ITerritoryContext territory, IModuleBus bus, CancellationToken cancellationToken)
    {
        var organisations = await bus.AskAsync(new ListOrganisations(), cancellationToken);
        var indicators = await bus.AskAsync(new ListIndicators(), cancellationToken);
        var dispositifs = await bus.AskAsync(new ListDispositifs(), cancellationToken);
        var themes = await db.Fiches.Where(f => f.Theme != null).Select(f => f.Theme!).Distinct().ToListAsync(cancellationToken);
        return new FicheFormChoices
        {
            Accounts = await users.ListActiveAsync(cancellationToken),
            Communes = (await territory.GetAsync(cancellationToken))?.Communes.OrderBy(c => c.Name, French.Comparer).ToList() ?? [],
            Themes = themes.Order(French.Comparer).ToList(),
            Organisations = organisations.IsAvailable ? organisations.Value!.OrderBy(o => o.Name, French.Comparer).ToList() : null,
            Indicators = indicators.IsAvailable ? indicators.Value!.OrderBy(i => i.Name, French.Comparer).ToList() : null,
            Dispositifs = dispositifs.IsAvailable ? dispositifs.Value : null,
        };
    }
}

/// <summary>The model of the _FicheForm partial: the fields, the choices, and what this user may change.</summary>
/// <param name="PiloteAccountLocked">A Contributeur keeps the fiche's pilote account: they may not hand their fiche over.</param>
/// <param name="KeptPartners">Partners from the directory kept as they are while Governance is disabled.</param>
/// <param name="KeptIndicators">Indicators kept as they are while Evaluation is disabled.</param>
/// <param name="KeptDispositif">The dispositif kept while Dispositifs is disabled.</param>
public sealed record FicheFormView(
    FicheInput Input,
    FicheFormChoices Choices,
    bool PiloteAccountLocked = false,
    IReadOnlyList<string>? KeptPartners = null,
    IReadOnlyList<string>? KeptIndicators = null,
    string? KeptDispositif = null)
{
    public const int EmptyMissions = 2;
    public const int EmptyJalons = 2;
    public const int EmptyFinancements = 3;

    /// <summary>"Toutes les communes": posted in the communes' list, replaced by every code of the territory.</summary>
    public const string AllCommunes = "*";

    /// <summary>Adds empty rows after the filled ones, so that the form can take new missions, jalons, financements.</summary>
    public static void AddEmptyRows(FicheInput input)
    {
        Pad(input.Missions, m => string.IsNullOrWhiteSpace(m?.Title) && string.IsNullOrWhiteSpace(m?.Items), EmptyMissions);
        Pad(input.Jalons, j => string.IsNullOrWhiteSpace(j?.Title) && j?.DueOn is null && j?.DoneOn is null, EmptyJalons);
        Pad(input.Financements, f => string.IsNullOrWhiteSpace(f?.Funder) && f?.Year is null && f?.Planned is null && f?.Actual is null, EmptyFinancements);
    }

    /// <summary>The "toutes" box of the communes stands for every commune of the territory.</summary>
    public static void ExpandAllCommunes(FicheInput input, IReadOnlyList<Commune> communes)
    {
        if (input.Communes.Contains(AllCommunes))
        {
            input.Communes = communes.Select(c => c.InseeCode).ToList();
        }
    }

    /// <summary>The fields of a fiche as the edit form shows them.</summary>
    public static void Fill(FicheInput input, FicheAction fiche)
    {
        input.Number = fiche.Number;
        input.Title = fiche.Title;
        input.Theme = fiche.Theme;
        input.Diagnostic = fiche.Diagnostic;
        input.Objective = fiche.Objective;
        input.OperationalObjectives = fiche.OperationalObjectives;
        input.Implementation = fiche.Implementation;
        input.Missions = fiche.Missions.OrderBy(m => m.Position).Select(m => new MissionInput { Title = m.Title, Items = m.Items }).ToList();
        input.Jalons = fiche.Jalons.OrderBy(j => j.DueOn).Select(j => new JalonInput { Title = j.Title, DueOn = j.DueOn, DoneOn = j.DoneOn }).ToList();
        input.TargetAudience = fiche.TargetAudience;
        input.Communes = fiche.Communes.Select(c => c.InseeCode).ToList();
        input.Pilote = fiche.Pilote;
        input.PiloteUserId = fiche.PiloteUserId;
        input.Services = fiche.Services;
        input.PartenaireReferences = fiche.Partenaires.Where(p => p.OrganisationReference is not null).Select(p => p.OrganisationReference!).ToList();
        var typed = fiche.Partenaires.Where(p => p.OrganisationReference is null).OrderBy(p => p.Position).Select(p => p.Name).ToList();
        input.PartenairesText = typed.Count == 0 ? null : string.Join("\n", typed);
        input.EluReferent = fiche.EluReferent;
        input.Means = fiche.Means;
        input.Financements = fiche.Financements.OrderBy(f => f.Funder, French.Comparer).ThenBy(f => f.Year)
            .Select(f => new FinancementInput { Funder = f.Funder, Year = f.Year, Planned = f.Planned, Actual = f.Actual }).ToList();
        input.ExpectedResults = fiche.ExpectedResults;
        input.IndicatorsText = fiche.IndicatorsText;
        input.IndicatorReferences = fiche.Indicateurs.Select(i => i.Reference).ToList();
        input.OtherInformation = fiche.OtherInformation;
        input.DecisionAwaited = fiche.DecisionAwaited;
        input.Status = fiche.Status;
        input.Progress = fiche.Progress;
        input.Meteo = fiche.Meteo;
        input.Priority = fiche.Priority;
        input.Deadline = fiche.Deadline;
        input.DispositifReference = fiche.DispositifReference;
    }

    private static void Pad<T>(List<T> rows, Func<T, bool> isEmpty, int count) where T : new()
    {
        var trailing = 0;
        for (var i = rows.Count - 1; i >= 0 && isEmpty(rows[i]); i--)
        {
            trailing++;
        }
        for (; trailing < count; trailing++)
        {
            rows.Add(new T());
        }
    }
}
