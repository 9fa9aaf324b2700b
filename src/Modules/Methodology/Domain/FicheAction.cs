using Ctg.Sdk;

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

public static class FicheStatuses
{
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
}

public sealed class FicheAction : IVersioned
{
    public Guid Id { get; set; }
    /// <summary>As the plan numbers it: "17", "2.3"...</summary>
    public string Number { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Objective { get; set; }
    public FicheStatus Status { get; set; }
    public DateOnly? Deadline { get; set; }
    /// <summary>Opaque reference to a dispositif of the Dispositifs module.</summary>
    public string? DispositifReference { get; set; }
    public string? DispositifName { get; set; }
    public int Version { get; set; }

    public bool IsLate(DateOnly today) => Deadline < today && !Status.IsClosed();

    /// <summary>The opaque reference other modules store for a fiche.</summary>
    public static string ReferenceFor(Guid id) => $"fiche:{id:N}";
}
