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
    /// <summary>For <see cref="InstanceKind.Autre"/>: the territory's own name for it (séminaire, forum...).</summary>
    public string? CustomKind { get; set; }
    public string? Purpose { get; set; }
    public string? Theme { get; set; }
    /// <summary>How many séances a year the instance is expected to hold (régularité).</summary>
    public int ExpectedSeancesPerYear { get; set; }
    /// <summary>Minutes readable only by the instance's members and Coordination.</summary>
    public bool MinutesConfidential { get; set; }
    public bool IsActive { get; set; } = true;
    public int Version { get; set; }
    public List<Seance> Seances { get; set; } = [];
    public List<Membership> Members { get; set; } = [];

    public string KindLabel => Kind == InstanceKind.Autre && !string.IsNullOrWhiteSpace(CustomKind) ? CustomKind : Kind.Label();

    /// <summary>The members to convene to a séance on this date.</summary>
    public IEnumerable<Membership> MembersOn(DateOnly date) => Members.Where(m => m.IsActiveOn(date));
}

public enum MemberRole
{
    President,
    Membre,
    InvitePermanent,
    Animateur,
}

public static class MemberRoles
{
    public static string Label(this MemberRole role) => role switch
    {
        MemberRole.President => "Président(e)",
        MemberRole.Membre => "Membre",
        MemberRole.InvitePermanent => "Invité(e) permanent(e)",
        _ => "Animateur(trice)",
    };
}

/// <summary>A person's seat in an instance, between two dates.</summary>
public sealed class Membership
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public Guid PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public MemberRole Role { get; set; } = MemberRole.Membre;
    public DateOnly JoinedOn { get; set; }
    public DateOnly? LeftOn { get; set; }

    public bool IsActiveOn(DateOnly date) => JoinedOn <= date && (LeftOn is null || LeftOn >= date);
}
