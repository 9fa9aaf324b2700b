namespace Ctg.Modules.Methodology.Domain;

public enum RequesterKind
{
    Elu,
    Service,
    Partenaire,
    Autre,
}

public enum DemandeStatus
{
    Recue,
    EnCours,
    Traitee,
    SansSuite,
}

public static class DemandeLabels
{
    public static string Label(this RequesterKind kind) => kind switch
    {
        RequesterKind.Elu => "Élu(e)",
        RequesterKind.Service => "Service",
        RequesterKind.Partenaire => "Partenaire",
        _ => "Autre",
    };

    public static string Label(this DemandeStatus status) => status switch
    {
        DemandeStatus.Recue => "Reçue",
        DemandeStatus.EnCours => "En cours",
        DemandeStatus.Traitee => "Traitée",
        _ => "Sans suite",
    };

    public static bool IsOpen(this DemandeStatus status) => status is DemandeStatus.Recue or DemandeStatus.EnCours;
}

/// <summary>
/// A demande d'appui: an élu or a service asks the coordinator for methodological help. Recording them
/// makes the "appui" visible and countable.
/// </summary>
public sealed class DemandeAppui : IVersioned
{
    public Guid Id { get; set; }
    public string Subject { get; set; } = "";
    public string? Details { get; set; }
    public string RequesterName { get; set; } = "";
    public RequesterKind RequesterKind { get; set; }
    public string? RequesterOrganisation { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public DateOnly? DueOn { get; set; }
    public DemandeStatus Status { get; set; }
    public string? Answer { get; set; }
    public DateOnly? AnsweredOn { get; set; }
    /// <summary>Time the coordinator spent, in hours.</summary>
    public decimal? HoursSpent { get; set; }
    public List<DemandeFiche> Fiches { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }

    public bool IsLate(DateOnly today) => Status.IsOpen() && DueOn < today;
}

public sealed class DemandeFiche
{
    public Guid DemandeId { get; set; }
    public Guid FicheId { get; set; }
    public FicheAction Fiche { get; set; } = null!;
}
