using Ctg.Sdk;

namespace Ctg.Modules.Governance.Domain;

public enum InstanceKind
{
    Copil,
    Cotech,
    GroupeDeTravail,
    ComiteThematique,
    Autre,
}

public static class InstanceKinds
{
    public static string Label(this InstanceKind kind) => kind switch
    {
        InstanceKind.Copil => "Comité de pilotage (COPIL)",
        InstanceKind.Cotech => "Comité technique (COTECH)",
        InstanceKind.GroupeDeTravail => "Groupe de travail / GAT",
        InstanceKind.ComiteThematique => "Comité thématique",
        _ => "Autre instance",
    };
}

/// <summary>A body of the CTG's governance that meets in séances.</summary>
public sealed class Instance : IVersioned
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public InstanceKind Kind { get; set; }
    public string? Purpose { get; set; }
    /// <summary>How many séances a year the instance is expected to hold (régularité).</summary>
    public int ExpectedSeancesPerYear { get; set; }
    public bool IsActive { get; set; } = true;
    public int Version { get; set; }
    public List<Seance> Seances { get; set; } = [];
}
