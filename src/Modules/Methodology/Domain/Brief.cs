namespace Ctg.Modules.Methodology.Domain;

public enum BriefPerimeter
{
    /// <summary>A whole plan.</summary>
    Plan,
    /// <summary>A node of a plan (an axe) and everything under it.</summary>
    Node,
    /// <summary>Every fiche of a thématique.</summary>
    Theme,
}

/// <summary>
/// A note d'aide à la décision generated for a perimeter and date. The fiches' state at that date is kept,
/// so that the next brief on the same perimeter says what changed since.
/// </summary>
public sealed class Brief
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public BriefPerimeter Perimeter { get; set; }
    public Guid? PlanId { get; set; }
    public Guid? NodeId { get; set; }
    public string? Theme { get; set; }
    /// <summary>Human label of the perimeter at generation ("Plan CTG 2024-2028 — Axe 2 : Parentalité").</summary>
    public string PerimeterLabel { get; set; } = "";
    public DateOnly AsOf { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public List<BriefFicheState> States { get; set; } = [];

    /// <summary>Key that identifies "the same perimeter" across briefs.</summary>
    public string PerimeterKey => $"{Perimeter}:{PlanId}:{NodeId}:{Theme}";
}

/// <summary>A fiche as it stood in a brief.</summary>
public sealed class BriefFicheState
{
    public Guid BriefId { get; set; }
    public Guid FicheId { get; set; }
    public string Number { get; set; } = "";
    public string Title { get; set; } = "";
    public FicheStatus Status { get; set; }
    public int Progress { get; set; }
    public Meteo? Meteo { get; set; }
    public DateOnly? Deadline { get; set; }
}
