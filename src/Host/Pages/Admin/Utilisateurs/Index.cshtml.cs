using Ctg.Host.Data;
using Ctg.Sdk;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Host.Pages.Admin.Utilisateurs;

public sealed class IndexModel(HostDbContext db, IClock clock) : PageModel
{
    public IReadOnlyList<Row> Users { get; private set; } = [];

    public async Task OnGetAsync()
    {
        ViewData.SetTrail("Utilisateurs", new Breadcrumb("Administration"));
        var roles = await (from link in db.UserRoles
                           join role in db.Roles on link.RoleId equals role.Id
                           select new { link.UserId, role.Name }).ToListAsync();
        var users = await db.Users.AsNoTracking().ToListAsync();
        var now = clock.Now;
        Users = users
            .OrderBy(u => u.DisplayName, French.Comparer)
            .Select(u => new Row(u.Id, u.DisplayName, u.Email ?? "", u.Organisation,
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(),
                u.IsActive, u.LockoutEnd > now, u.PasswordHash is null))
            .ToList();
    }

    public sealed record Row(string Id, string Name, string Email, string? Organisation, IReadOnlyList<string> Roles, bool IsActive, bool IsLocked, bool IsInvited);
}
