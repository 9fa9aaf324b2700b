namespace Ctg.Modules.Methodology.Domain;

/// <summary>Statuses seen in practice; "en retard" is derived from the échéance, not a status.</summary>
public enum FicheStatus
{
    ALancer,
    EnCours,
    Realisee,
    Reportee,
    EnPause,
    Bloquee,
    Abandonnee,
}

/// <summary>The fiche's weather, as pilotes give it at a COPIL: how the action is going, apart from its status.</summary>
public enum Meteo
{
    Favorable,
    Vigilance,
    Difficulte,
}

public enum Priority
{
    Haute,
    Normale,
    Basse,
}

public static class FicheStatuses
{
    public static readonly IReadOnlyList<FicheStatus> All = Enum.GetValues<FicheStatus>();

    public static string Label(this FicheStatus status) => status switch
    {
        FicheStatus.ALancer => "À lancer",
        FicheStatus.EnCours => "En cours",
        FicheStatus.Realisee => "Réalisée",
        FicheStatus.Reportee => "Reportée",
        FicheStatus.EnPause => "En pause",
        FicheStatus.Bloquee => "Bloquée",
        _ => "Abandonnée",
    };

    public static bool IsClosed(this FicheStatus status) => status is FicheStatus.Realisee or FicheStatus.Abandonnee;

    /// <summary>
    /// A fiche "en retard" on its échéance, for every list, page and export: the échéance has passed and the
    /// fiche is neither réalisée nor abandonnée. The dashboard and the home page also count, as overdue, open
    /// fiches with a jalon past its date (<see cref="Dashboard.FicheFigures"/>).
    /// </summary>
    public static bool IsLate(this FicheStatus status, DateOnly? deadline, DateOnly today) => deadline < today && !status.IsClosed();

    /// <summary>The same rule as <see cref="IsLate"/>, for a database query.</summary>
    public static System.Linq.Expressions.Expression<Func<FicheAction, bool>> LateAt(DateOnly today) =>
        f => f.Deadline < today && f.Status != FicheStatus.Realisee && f.Status != FicheStatus.Abandonnee;

    public static string Label(this Meteo meteo) => meteo switch
    {
        Meteo.Favorable => "Favorable",
        Meteo.Vigilance => "Vigilance",
        _ => "Difficulté",
    };

    public static string Label(this Priority priority) => priority switch
    {
        Priority.Haute => "Haute",
        Priority.Normale => "Normale",
        _ => "Basse",
    };
}

/// <summary>
/// A fiche action with every field real fiches have. Long texts are plain text in which lines starting
/// with "- ", "• " or "1. " are list items (see <see cref="Fiches.TextLayout"/>); HTML is never stored.
/// </summary>
public sealed class FicheAction : IVersioned
{
    public Guid Id { get; set; }
    /// <summary>As the plan numbers it: "17", "2.3"...</summary>
    public string Number { get; set; } = "";
    public string Title { get; set; } = "";
    /// <summary>Thématique: petite enfance, parentalité... (free, with suggestions).</summary>
    public string? Theme { get; set; }
    public string? Diagnostic { get; set; }
    /// <summary>Finalité / objectif général.</summary>
    public string? Objective { get; set; }
    public string? OperationalObjectives { get; set; }
    /// <summary>The text of "modalités de mise en œuvre" before its missions.</summary>
    public string? Implementation { get; set; }
    public List<FicheMission> Missions { get; set; } = [];
    public List<FicheJalon> Jalons { get; set; } = [];
    public string? TargetAudience { get; set; }
    public List<FicheCommune> Communes { get; set; } = [];
    /// <summary>Pilote / porteur, as written on the fiche.</summary>
    public string? Pilote { get; set; }
    /// <summary>Opaque id of the pilote's platform account: a Contributeur edits the fiches they pilot.</summary>
    public string? PiloteUserId { get; set; }
    public string? Services { get; set; }
    public List<FichePartenaire> Partenaires { get; set; } = [];
    public string? EluReferent { get; set; }
    public string? Means { get; set; }
    public List<FicheFinancement> Financements { get; set; } = [];
    public string? ExpectedResults { get; set; }
    /// <summary>Indicateurs d'évaluation as text.</summary>
    public string? IndicatorsText { get; set; }
    /// <summary>Indicators of the Evaluation module, by opaque reference.</summary>
    public List<FicheIndicateur> Indicateurs { get; set; } = [];
    /// <summary>"Autres informations": sections the importer did not know, with their headings.</summary>
    public string? OtherInformation { get; set; }
    /// <summary>A decision the pilote awaits from the steering committee; gathered by the decision brief.</summary>
    public string? DecisionAwaited { get; set; }
    public FicheStatus Status { get; set; }
    /// <summary>% d'avancement, 0 to 100.</summary>
    public int Progress { get; set; }
    public Meteo? Meteo { get; set; }
    public Priority Priority { get; set; } = Priority.Normale;
    /// <summary>Échéance of the whole action.</summary>
    public DateOnly? Deadline { get; set; }
    /// <summary>Opaque reference to a dispositif of the Dispositifs module.</summary>
    public string? DispositifReference { get; set; }
    public string? DispositifName { get; set; }
    public List<FicheNote> Notes { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Last change of any kind (fields, progress, notes, jalons): "not updated for N months".</summary>
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    public bool IsLate(DateOnly today) => Status.IsLate(Deadline, today);

    /// <summary>The opaque reference other modules store for a fiche.</summary>
    public static string ReferenceFor(Guid id) => $"fiche:{id:N}";

    public static Guid? IdFromReference(string? reference) =>
        reference is { Length: 38 } && reference.StartsWith("fiche:", StringComparison.Ordinal) && Guid.TryParseExact(reference[6..], "N", out var id)
            ? id
            : null;
}

/// <summary>One numbered mission of "modalités de mise en œuvre", with its sub-items.</summary>
public sealed class FicheMission
{
    public Guid Id { get; set; }
    public Guid FicheId { get; set; }
    public int Position { get; set; }
    public string Title { get; set; } = "";
    /// <summary>Sub-items, one per line.</summary>
    public string? Items { get; set; }

    public IReadOnlyList<string> ItemList => (Items ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A dated milestone: done when <see cref="DoneOn"/> is set.</summary>
public sealed class FicheJalon
{
    public Guid Id { get; set; }
    public Guid FicheId { get; set; }
    public string Title { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }

    public bool IsLate(DateOnly today) => DoneOn is null && DueOn < today;
}

public sealed class FicheCommune
{
    public Guid FicheId { get; set; }
    public string InseeCode { get; set; } = "";
    public string Name { get; set; } = "";
}

/// <summary>A partner: an organisation of Governance's directory (by reference) or a typed name.</summary>
public sealed class FichePartenaire
{
    public Guid Id { get; set; }
    public Guid FicheId { get; set; }
    public int Position { get; set; }
    public string Name { get; set; } = "";
    public string? OrganisationReference { get; set; }
}

/// <summary>A funder's amount for a year, prévisionnel and réel (euros).</summary>
public sealed class FicheFinancement
{
    public Guid Id { get; set; }
    public Guid FicheId { get; set; }
    public string Funder { get; set; } = "";
    public int Year { get; set; }
    public decimal? Planned { get; set; }
    public decimal? Actual { get; set; }
}

public sealed class FicheIndicateur
{
    public Guid FicheId { get; set; }
    public string Reference { get; set; } = "";
    public string Name { get; set; } = "";
}

/// <summary>A dated note de suivi.</summary>
public sealed class FicheNote
{
    public Guid Id { get; set; }
    public Guid FicheId { get; set; }
    public DateOnly Date { get; set; }
    public string Text { get; set; } = "";
    public string? AuthorId { get; set; }
    public string AuthorName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One line of the fiche's history: who changed which field, from what to what, when.</summary>
public sealed class FicheChange
{
    public long Id { get; set; }
    public Guid FicheId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    /// <summary>French label of the field ("Statut", "Échéance"...), or of the event ("Création").</summary>
    public string Field { get; set; } = "";
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
}
