using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Directory;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages.Annuaire;

/// <summary>The organisations of the directory: communes, EPCI, CAF, partners, with how many persons each.</summary>
public sealed class OrganisationsModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public OrganisationType? Type { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        ViewData.SetTrail("Organisations", new Breadcrumb("Gouvernance", "/gouvernance"), new Breadcrumb("Annuaire", "/gouvernance/annuaire"));
        Rows = await mediator.Send(new Query(Search, Type), HttpContext.RequestAborted);
    }

    public sealed record Query(string? Search, OrganisationType? Type) : IRequest<IReadOnlyList<Row>>;

    public sealed record Row(Guid Id, string Name, OrganisationType Type, string? InseeCode, string? Email, string? Phone, int Persons);

    internal sealed class Handler(GovernanceDbContext db) : IRequestHandler<Query, IReadOnlyList<Row>>
    {
        public async Task<IReadOnlyList<Row>> Handle(Query request, CancellationToken cancellationToken)
        {
            var organisations = db.Organisations.AsNoTracking();
            if (request.Type is { } type)
            {
                organisations = organisations.Where(o => o.Type == type);
            }
            var rows = await organisations
                .Select(o => new Row(o.Id, o.Name, o.Type, o.InseeCode, o.Email, o.Phone,
                    db.Persons.Count(p => p.OrganisationId == o.Id && p.AnonymisedAt == null)))
                .ToListAsync(cancellationToken);
            var words = Words(request.Search).ToList();
            return rows
                .Where(r => words.All(DirectoryRules.NameKey(r.Name).Contains))
                .OrderBy(r => r.Name, French.Comparer)
                .ToList();
        }
    }

    /// <summary>The words of a search, compared as organisation names are: case and accents set aside.</summary>
    internal static IEnumerable<string> Words(string? search) =>
        DirectoryRules.NameKey(search ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5);
}
