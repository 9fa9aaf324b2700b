namespace Ctg.Modules.Methodology.Domain;

/// <summary>
/// A plan d'actions (the CTG's, a PEDT's...): a tree of nodes whose levels the territory names
/// ("Axe", "Enjeu", "Objectif opérationnel"...), with fiches placed in it. A fiche may belong to several plans.
/// </summary>
public sealed class Plan : IVersioned
{
    public const int MaxDepth = 6;

    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    /// <summary>Opaque reference to the dispositif of the Dispositifs module the plan belongs to.</summary>
    public string? DispositifReference { get; set; }
    public string? DispositifName { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    /// <summary>Level labels from the root down, separated by '|': "Axe|Enjeu|Objectif opérationnel".</summary>
    public string LevelLabels { get; set; } = "Axe|Objectif stratégique|Objectif opérationnel";
    public List<PlanNode> Nodes { get; set; } = [];
    public List<PlanFiche> Fiches { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }

    public IReadOnlyList<string> Levels => LevelLabels.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The label of a depth (0 = root level); the deepest label repeats below it.</summary>
    public string LevelLabel(int depth)
    {
        var levels = Levels;
        return levels.Count == 0 ? "Niveau " + (depth + 1) : levels[Math.Min(depth, levels.Count - 1)];
    }
}

/// <summary>An axe, enjeu or objectif of a plan; <see cref="Depth"/> 0 is the top level.</summary>
public sealed class PlanNode
{
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public Guid? ParentId { get; set; }
    public int Depth { get; set; }
    /// <summary>Order among its siblings.</summary>
    public int Position { get; set; }
    /// <summary>Numbering as written: "1", "1.2", "A".</summary>
    public string? Code { get; set; }
    public string Title { get; set; } = "";
}

/// <summary>A fiche's place in a plan: under a node, or in the plan without a node yet.</summary>
public sealed class PlanFiche
{
    public Guid PlanId { get; set; }
    public Guid FicheId { get; set; }
    public Guid? NodeId { get; set; }
    public int Position { get; set; }
    public FicheAction Fiche { get; set; } = null!;
}
