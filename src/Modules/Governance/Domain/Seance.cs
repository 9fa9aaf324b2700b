namespace Ctg.Modules.Governance.Domain;

public enum SeanceStatus
{
    Planifiee,
    Tenue,
    Annulee,
}

public static class SeanceStatuses
{
    public static string Label(this SeanceStatus status) => status switch
    {
        SeanceStatus.Planifiee => "Planifiée",
        SeanceStatus.Tenue => "Tenue",
        _ => "Annulée",
    };
}

/// <summary>A meeting of an instance.</summary>
public sealed class Seance
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public Instance Instance { get; set; } = null!;
    public DateOnly Date { get; set; }
    public string? Place { get; set; }
    public SeanceStatus Status { get; set; }
}
