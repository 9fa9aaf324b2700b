using Ctg.Host.Data;
using Ctg.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Host.Identity;

/// <summary>The platform's accounts for modules: id, name, organisation and roles, never a password hash.</summary>
public sealed class UserDirectory(HostDbContext db) : IUserDirectory
{
    public async Task<IReadOnlyList<PlatformUser>> ListActiveAsync(CancellationToken cancellationToken = default)
    {
        var users = await Query().Where(u => u.IsActive).ToListAsync(cancellationToken);
        return await WithRolesAsync(users, cancellationToken);
    }

    public async Task<PlatformUser?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        var users = await Query().Where(u => u.Id == id).ToListAsync(cancellationToken);
        return (await WithRolesAsync(users, cancellationToken)).FirstOrDefault();
    }

    private IQueryable<CtgUser> Query() => db.Users.AsNoTracking();

    private async Task<IReadOnlyList<PlatformUser>> WithRolesAsync(List<CtgUser> users, CancellationToken cancellationToken)
    {
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            where ids.Contains(userRole.UserId)
            select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        return users
            .Select(u => new PlatformUser(u.Id, u.DisplayName, u.Email ?? u.UserName ?? "", u.Organisation, byUser[u.Id].Order(StringComparer.Ordinal).ToList()))
            .OrderBy(u => u.DisplayName, French.Comparer)
            .ToList();
    }
}
