using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Access;

/// <summary>
/// Who may do what in Governance, in one place. Administrateur and Coordination edit everything; a
/// Contributeur edits the instances they animate (a person of the directory linked to their account, with
/// the role Animateur); a Lecteur reads. Confidential minutes are read only by the instance's members and
/// by Coordination.
/// </summary>
public sealed class GovernanceAccess(GovernanceDbContext db, ICurrentUser user, IClock clock)
{
    public bool EditsEverything => user.CanEditEverything;

    /// <summary>The directory's person linked to the signed-in account, if any.</summary>
    public async Task<Guid?> CurrentPersonIdAsync(CancellationToken cancellationToken) =>
        user.Id is null
            ? null
            : await db.Persons.Where(p => p.UserId == user.Id).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);

    public async Task<bool> CanEditInstanceAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        if (EditsEverything)
        {
            return true;
        }
        if (!user.IsInRole(Roles.Contributeur) || user.Id is null)
        {
            return false;
        }
        var today = clock.Today;
        return await db.Memberships.AnyAsync(m => m.InstanceId == instanceId && m.Role == MemberRole.Animateur
            && m.Person.UserId == user.Id && m.JoinedOn <= today && (m.LeftOn == null || m.LeftOn >= today), cancellationToken);
    }

    public async Task<bool> CanReadMinutesAsync(Instance instance, CancellationToken cancellationToken)
    {
        if (!instance.MinutesConfidential || EditsEverything)
        {
            return true;
        }
        return user.Id is not null
            && await db.Memberships.AnyAsync(m => m.InstanceId == instance.Id && m.Person.UserId == user.Id, cancellationToken);
    }

    /// <summary>Instances the Contributeur animates today (empty for others).</summary>
    public async Task<IReadOnlyList<Guid>> AnimatedInstancesAsync(CancellationToken cancellationToken)
    {
        if (user.Id is null)
        {
            return [];
        }
        var today = clock.Today;
        return await db.Memberships
            .Where(m => m.Role == MemberRole.Animateur && m.Person.UserId == user.Id && m.JoinedOn <= today && (m.LeftOn == null || m.LeftOn >= today))
            .Select(m => m.InstanceId)
            .ToListAsync(cancellationToken);
    }
}
