namespace Ctg.Modules.Methodology.Domain;

/// <summary>Where an orientation comes from.</summary>
public enum OrientationSource
{
    /// <summary>Typed by the coordinator (a délibération, a programme, a speech...).</summary>
    Saisie,
    /// <summary>Taken from a decision of a séance in Governance.</summary>
    Decision,
}

/// <summary>A political orientation, traced to the fiches that implement it.</summary>
public sealed class Orientation : IVersioned
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public OrientationSource Source { get; set; }
    /// <summary>Opaque reference of the Governance decision, when taken from one.</summary>
    public string? DecisionReference { get; set; }
    /// <summary>"COPIL CTG du 12 mars 2026, décision n° 2", kept so that it reads without Governance.</summary>
    public string? DecisionLabel { get; set; }
    public DateOnly? AdoptedOn { get; set; }
    public List<OrientationFiche> Fiches { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }
}

public sealed class OrientationFiche
{
    public Guid OrientationId { get; set; }
    public Guid FicheId { get; set; }
    public FicheAction Fiche { get; set; } = null!;
}
