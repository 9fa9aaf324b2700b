using Ctg.Sdk;

namespace Ctg.Modules.Governance.Domain;

/// <summary>
/// A person of the directory. Anonymising (RGPD) wipes who they were but keeps the rows that count them,
/// so that attendance figures stay right.
/// </summary>
public sealed class Person : IVersioned
{
    public const string AnonymousName = "Personne anonymisée";

    public Guid Id { get; set; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string? Function { get; set; }
    public Guid? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    /// <summary>Thematic interests, separated by ";" (petite enfance; parentalité...).</summary>
    public string? Interests { get; set; }
    /// <summary>The platform account of this person, if any (opaque id of the host's user).</summary>
    public string? UserId { get; set; }
    public DateTimeOffset? AnonymisedAt { get; set; }
    public int Version { get; set; }

    public bool IsAnonymised => AnonymisedAt is not null;

    public string DisplayName => IsAnonymised ? AnonymousName : $"{FirstName} {LastName}".Trim();

    public IReadOnlyList<string> InterestList =>
        (Interests ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void Anonymise(DateTimeOffset now)
    {
        FirstName = "";
        LastName = AnonymousName;
        Function = null;
        Email = null;
        Phone = null;
        Interests = null;
        UserId = null;
        AnonymisedAt = now;
    }
}
