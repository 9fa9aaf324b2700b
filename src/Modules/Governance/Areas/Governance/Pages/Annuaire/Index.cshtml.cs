using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Directory;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages.Annuaire;

/// <summary>The directory of actors: search by name, function or e-mail; filter by organisation, type, theme.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "organisation")]
    public Guid? OrganisationId { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public OrganisationType? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "thematique")]
    public string? Theme { get; set; }

    [BindProperty(SupportsGet = true, Name = "numero")]
    public int PageNumber { get; set; } = 1;

    public Result Data { get; private set; } = null!;

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Search) || OrganisationId is not null || Type is not null || !string.IsNullOrWhiteSpace(Theme);

    public async Task OnGetAsync()
    {
        ViewData.SetTrail("Annuaire", new Breadcrumb("Gouvernance", "/gouvernance"));
        Data = await mediator.Send(new Query(Search, OrganisationId, Type, Theme, PageNumber), HttpContext.RequestAborted);
    }

    /// <summary>The link to another page of the same search.</summary>
    public string PageLink(int page)
    {
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(Search)) query.Add("q=" + Uri.EscapeDataString(Search));
        if (OrganisationId is not null) query.Add($"organisation={OrganisationId}");
        if (Type is not null) query.Add($"type={Type}");
        if (!string.IsNullOrWhiteSpace(Theme)) query.Add("thematique=" + Uri.EscapeDataString(Theme));
        query.Add($"numero={page}");
        return "/gouvernance/annuaire?" + string.Join("&", query);
    }

    public sealed record Query(string? Search, Guid? OrganisationId, OrganisationType? Type, string? Theme, int Page) : IRequest<Result>;

    public sealed record Result(
        IReadOnlyList<Row> Rows,
        int Total,
        int Page,
        int Pages,
        IReadOnlyList<OrganisationChoice> Organisations,
        IReadOnlyList<string> Themes);

    public sealed record Row(
        Guid Id,
        string FirstName,
        string LastName,
        bool IsAnonymised,
        string? Function,
        Guid? OrganisationId,
        string? OrganisationName,
        OrganisationType? OrganisationType,
        string? Email,
        string? Phone,
        string? Interests)
    {
        public string Name => IsAnonymised ? Person.AnonymousName : $"{FirstName} {LastName}".Trim();
    }

    internal sealed class Handler(GovernanceDbContext db) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var persons = db.Persons.AsNoTracking();
            if (request.OrganisationId is { } organisationId)
            {
                persons = persons.Where(p => p.OrganisationId == organisationId);
            }
            if (request.Type is { } type)
            {
                persons = persons.Where(p => p.Organisation != null && p.Organisation.Type == type);
            }
            var rows = await persons
                .Select(p => new Row(p.Id, p.FirstName, p.LastName, p.AnonymisedAt != null, p.Function, p.OrganisationId,
                    p.Organisation == null ? null : p.Organisation.Name,
                    p.Organisation == null ? null : p.Organisation.Type,
                    p.Email, p.Phone, p.Interests))
                .ToListAsync(cancellationToken);
            // Text is matched here rather than in SQL: "lefevre" finds "Lefèvre" and "élodie" finds "Élodie",
            // which neither SQLite's nor PostgreSQL's LIKE does; a territory's directory is a few thousand rows.
            var words = OrganisationsModel.Words(request.Search).ToList();
            if (words.Count > 0)
            {
                rows = rows.Where(r =>
                {
                    var text = DirectoryRules.NameKey($"{r.FirstName} {r.LastName} {r.Function} {r.Email}");
                    return words.All(text.Contains);
                }).ToList();
            }
            if (DirectoryRules.CleanOrNull(request.Theme) is { } theme)
            {
                // "enfance" must not find "petite enfance".
                var key = DirectoryRules.NameKey(theme);
                rows = rows.Where(r => Interests(r.Interests).Any(i => DirectoryRules.NameKey(i) == key)).ToList();
            }
            var sorted = rows
                .OrderBy(r => r.IsAnonymised)
                .ThenBy(r => r.LastName, French.Comparer)
                .ThenBy(r => r.FirstName, French.Comparer)
                .ToList();
            var pages = Math.Max(1, (sorted.Count + PageSize - 1) / PageSize);
            var page = Math.Clamp(request.Page, 1, pages);

            var organisations = await OrganisationChoice.LoadAsync(db, cancellationToken);
            var themes = (await db.Persons.AsNoTracking()
                    .Where(p => p.Interests != null)
                    .Select(p => p.Interests)
                    .Distinct()
                    .ToListAsync(cancellationToken))
                .SelectMany(Interests)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Order(French.Comparer)
                .ToList();
            return new Result(sorted.Skip((page - 1) * PageSize).Take(PageSize).ToList(), sorted.Count, page, pages, organisations, themes);
        }

        private static IEnumerable<string> Interests(string? interests) =>
            (interests ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
