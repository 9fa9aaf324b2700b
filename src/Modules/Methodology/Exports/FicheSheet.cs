using Ctg.Modules.Methodology.Domain;

namespace Ctg.Modules.Methodology.Exports;

/// <summary>Everything an exported fiche shows, in a record the writers read without a database.</summary>
public sealed record FicheSheet
{
    public Guid Id { get; init; }
    public string Number { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Theme { get; init; }
    public string? Diagnostic { get; init; }
    public string? Objective { get; init; }
    public string? OperationalObjectives { get; init; }
    public string? TargetAudience { get; init; }
    public IReadOnlyList<string> Communes { get; init; } = [];
    public string? Implementation { get; init; }
    public IReadOnlyList<MissionSheet> Missions { get; init; } = [];
    public IReadOnlyList<JalonSheet> Jalons { get; init; } = [];
    public string? Pilote { get; init; }
    public string? Services { get; init; }
    public IReadOnlyList<string> Partenaires { get; init; } = [];
    public string? EluReferent { get; init; }
    public string? Means { get; init; }
    public IReadOnlyList<FinancementSheet> Financements { get; init; } = [];
    public string? ExpectedResults { get; init; }
    public string? IndicatorsText { get; init; }
    public IReadOnlyList<string> Indicateurs { get; init; } = [];
    public string? OtherInformation { get; init; }
    public FicheStatus Status { get; init; }
    public int Progress { get; init; }
    public Meteo? Meteo { get; init; }
    public Priority Priority { get; init; } = Priority.Normale;
    public DateOnly? Deadline { get; init; }
    public string? DispositifName { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public bool IsLate(DateOnly today) => Status.IsLate(Deadline, today);

    public decimal? PlannedTotal => Financements.Any(f => f.Planned is not null) ? Financements.Sum(f => f.Planned ?? 0) : null;

    public decimal? ActualTotal => Financements.Any(f => f.Actual is not null) ? Financements.Sum(f => f.Actual ?? 0) : null;

    /// <summary>"Fiche Action 17".</summary>
    public string Heading => $"Fiche Action {Number}";

    /// <summary>Reads a fiche loaded with its missions, jalons, communes, partenaires, financements and indicators.</summary>
    public static FicheSheet From(FicheAction fiche) => new()
    {
        Id = fiche.Id,
        Number = fiche.Number,
        Title = fiche.Title,
        Theme = fiche.Theme,
        Diagnostic = fiche.Diagnostic,
        Objective = fiche.Objective,
        OperationalObjectives = fiche.OperationalObjectives,
        TargetAudience = fiche.TargetAudience,
        Communes = fiche.Communes.Select(c => c.Name).Order(Sdk.French.Comparer).ToList(),
        Implementation = fiche.Implementation,
        Missions = fiche.Missions.OrderBy(m => m.Position).Select(m => new MissionSheet(m.Title, m.ItemList)).ToList(),
        Jalons = fiche.Jalons.OrderBy(j => j.DueOn).ThenBy(j => j.Title, Sdk.French.Comparer).Select(j => new JalonSheet(j.Title, j.DueOn, j.DoneOn)).ToList(),
        Pilote = fiche.Pilote,
        Services = fiche.Services,
        Partenaires = fiche.Partenaires.OrderBy(p => p.Position).Select(p => p.Name).ToList(),
        EluReferent = fiche.EluReferent,
        Means = fiche.Means,
        Financements = fiche.Financements.OrderBy(f => f.Year).ThenBy(f => f.Funder, Sdk.French.Comparer)
            .Select(f => new FinancementSheet(f.Funder, f.Year, f.Planned, f.Actual)).ToList(),
        ExpectedResults = fiche.ExpectedResults,
        IndicatorsText = fiche.IndicatorsText,
        Indicateurs = fiche.Indicateurs.Select(i => i.Name).Order(Sdk.French.Comparer).ToList(),
        OtherInformation = fiche.OtherInformation,
        Status = fiche.Status,
        Progress = fiche.Progress,
        Meteo = fiche.Meteo,
        Priority = fiche.Priority,
        Deadline = fiche.Deadline,
        DispositifName = fiche.DispositifName,
        UpdatedAt = fiche.UpdatedAt,
    };
}

public sealed record MissionSheet(string Title, IReadOnlyList<string> Items);

public sealed record JalonSheet(string Title, DateOnly DueOn, DateOnly? DoneOn);

public sealed record FinancementSheet(string Funder, int Year, decimal? Planned, decimal? Actual);

/// <summary>A part of a section of a fiche; the writers (print view, DOCX) render each kind their way.</summary>
public abstract record FichePart;

/// <summary>A long text laid out by <see cref="Fiches.TextLayout"/>.</summary>
public sealed record TextPart(string Text) : FichePart;

/// <summary>"Pilote : Anne Martin".</summary>
public sealed record LabelPart(string Label, string Value) : FichePart;

/// <summary>Items of a bulleted list (partners, communes, linked indicators).</summary>
public sealed record ItemsPart(IReadOnlyList<string> Items) : FichePart;

/// <summary>The numbered missions with their sub-items.</summary>
public sealed record MissionsPart(IReadOnlyList<MissionSheet> Missions) : FichePart;

public sealed record JalonsPart(IReadOnlyList<JalonSheet> Jalons) : FichePart;

public sealed record FinancementsPart(IReadOnlyList<FinancementSheet> Financements, decimal? PlannedTotal, decimal? ActualTotal) : FichePart;

public sealed record FicheSection(string Heading, IReadOnlyList<FichePart> Parts);

/// <summary>
/// The sections of a fiche in the order of real fiches, with their headings in capitals as they are written
/// there; a section with nothing to say is left out. The print view and the DOCX writer both follow it.
/// </summary>
public static class FicheOutline
{
    public static IReadOnlyList<FicheSection> Sections(FicheSheet fiche)
    {
        var sections = new List<FicheSection>();

        void Add(string heading, params FichePart?[] parts)
        {
            var kept = parts.OfType<FichePart>().ToList();
            if (kept.Count > 0)
            {
                sections.Add(new FicheSection(heading, kept));
            }
        }

        Add("DIAGNOSTIC INITIAL / ENJEUX", Text(fiche.Diagnostic));
        Add("FINALITE / OBJECTIF GENERAL", Text(fiche.Objective));
        Add("OBJECTIFS OPERATIONNELS", Text(fiche.OperationalObjectives));
        Add("PUBLIC CIBLE", Text(fiche.TargetAudience));
        Add("TERRITOIRE CONCERNE", fiche.Communes.Count == 0 ? null : new ItemsPart(fiche.Communes));
        Add("MODALITES DE MISE EN ŒUVRE / ECHEANCES",
            Text(fiche.Implementation),
            fiche.Missions.Count == 0 ? null : new MissionsPart(fiche.Missions),
            fiche.Deadline is { } deadline ? new LabelPart("Échéance de l’action", deadline.ToString("dd/MM/yyyy", Sdk.French.Culture)) : null,
            fiche.Jalons.Count == 0 ? null : new JalonsPart(fiche.Jalons));
        Add("SERVICES MOBILISES ET RESPONSABLES DE L’ACTION",
            string.IsNullOrWhiteSpace(fiche.Pilote) ? null : new LabelPart("Pilote", fiche.Pilote.Trim()),
            Text(fiche.Services));
        Add("PARTENAIRES / ACTEURS CONCERNES PAR LA MISE EN ŒUVRE DE L’ACTION", fiche.Partenaires.Count == 0 ? null : new ItemsPart(fiche.Partenaires));
        Add("ÉLU RÉFÉRENT", Text(fiche.EluReferent));
        Add("MOYENS ET FINANCEMENTS",
            Text(fiche.Means),
            fiche.Financements.Count == 0 ? null : new FinancementsPart(fiche.Financements, fiche.PlannedTotal, fiche.ActualTotal));
        Add("RESULTATS ATTENDUS", Text(fiche.ExpectedResults));
        Add("INDICATEURS D’EVALUATION", Text(fiche.IndicatorsText), fiche.Indicateurs.Count == 0 ? null : new ItemsPart(fiche.Indicateurs));
        Add("AUTRES INFORMATIONS", Text(fiche.OtherInformation));
        return sections;
    }

    /// <summary>The line under the intitulé: thématique, statut, avancement, échéance, dispositif.</summary>
    public static string Summary(FicheSheet fiche)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(fiche.Theme))
        {
            parts.Add($"Thématique : {fiche.Theme}");
        }
        parts.Add($"Statut : {fiche.Status.Label()}");
        parts.Add($"Avancement : {fiche.Progress} %");
        if (fiche.Meteo is { } meteo)
        {
            parts.Add($"Météo : {meteo.Label()}");
        }
        if (fiche.DispositifName is { Length: > 0 } dispositif)
        {
            parts.Add($"Dispositif : {dispositif}");
        }
        return string.Join(" — ", parts);
    }

    public static string Amount(decimal? value) => value is { } amount ? amount.ToString("#,##0.##", Sdk.French.Culture) + " €" : "—";

    private static TextPart? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : new TextPart(text);
}
