using Ctg.Modules.Governance.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Directory;

/// <summary>The persons of the directory one may pick (presenter, representative, guest, owner of a follow-up).</summary>
public sealed record ListPersonChoices : IRequest<IReadOnlyList<PersonChoice>>;

public sealed record PersonChoice(Guid Id, string Name, string? Organisation)
{
    public string Label => Organisation is null ? Name : $"{Name} ({Organisation})";
}

internal sealed class ListPersonChoicesHandler(GovernanceDbContext db) : IRequestHandler<ListPersonChoices, IReadOnlyList<PersonChoice>>
{
    public async Task<IReadOnlyList<PersonChoice>> Handle(ListPersonChoices request, CancellationToken cancellationToken) =>
        (await db.Persons.AsNoTracking()
            .Where(p => p.AnonymisedAt == null)
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName)
            .Select(p => new { p.Id, p.FirstName, p.LastName, Organisation = p.Organisation!.Name })
            .ToListAsync(cancellationToken))
        .Select(p => new PersonChoice(p.Id, $"{p.FirstName} {p.LastName}".Trim(), p.Organisation))
        .ToList();
}
