using System.Security.Cryptography;
using Ctg.Modules.Governance.Access;
using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages.Calendrier;

/// <summary>
/// The subscription addresses (iCalendar feeds) of an instance: create one, copy it, revoke it. For the
/// people who may edit the instance (Coordination, its animator): the address is a secret.
/// </summary>
public sealed class AgendaModel(IMediator mediator, GovernanceAccess access) : PageModel
{
    public Result Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await access.CanEditInstanceAsync(id, HttpContext.RequestAborted))
        {
            return await ExistsAsync(id) ? Forbid() : NotFound();
        }
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCreerAsync(Guid id)
    {
        if (!await access.CanEditInstanceAsync(id, HttpContext.RequestAborted))
        {
            return await ExistsAsync(id) ? Forbid() : NotFound();
        }
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        await mediator.Send(new CreateFeed(id), HttpContext.RequestAborted);
        TempData["Message"] = "Une nouvelle adresse d'abonnement est créée.";
        return Redirect($"/gouvernance/instances/{id}/agenda");
    }

    public async Task<IActionResult> OnPostRevoquerAsync(Guid id, Guid feedId)
    {
        if (!await access.CanEditInstanceAsync(id, HttpContext.RequestAborted))
        {
            return await ExistsAsync(id) ? Forbid() : NotFound();
        }
        if (!await LoadAsync(id) || Data.Feeds.All(f => f.Id != feedId))
        {
            return NotFound();
        }
        await mediator.Send(new RevokeFeed(id, feedId), HttpContext.RequestAborted);
        TempData["Message"] = "L'adresse est révoquée : les agendas abonnés ne recevront plus les séances.";
        return Redirect($"/gouvernance/instances/{id}/agenda");
    }

    public string FeedUrl(string token) => $"{Request.Scheme}://{Request.Host}{Request.PathBase}/gouvernance/agenda/{token}.ics";

    private async Task<bool> ExistsAsync(Guid id) => await LoadAsync(id);

    private async Task<bool> LoadAsync(Guid id)
    {
        var data = await mediator.Send(new Query(id), HttpContext.RequestAborted);
        if (data is null)
        {
            return false;
        }
        Data = data;
        ViewData.SetTrail("Abonnement à l'agenda", new Breadcrumb("Gouvernance", "/gouvernance"), new Breadcrumb(data.InstanceName, $"/gouvernance/instances/{id}"));
        return true;
    }

    public sealed record Query(Guid InstanceId) : IRequest<Result?>;

    public sealed record Feed(Guid Id, string Token, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

    public sealed record Result(Guid InstanceId, string InstanceName, IReadOnlyList<Feed> Feeds);

    internal sealed class QueryHandler(GovernanceDbContext db) : IRequestHandler<Query, Result?>
    {
        public async Task<Result?> Handle(Query request, CancellationToken cancellationToken)
        {
            var name = await db.Instances.AsNoTracking().Where(i => i.Id == request.InstanceId).Select(i => i.Name).FirstOrDefaultAsync(cancellationToken);
            if (name is null)
            {
                return null;
            }
            var feeds = await db.CalendarFeeds.AsNoTracking()
                .Where(f => f.InstanceId == request.InstanceId)
                .Select(f => new Feed(f.Id, f.Token, f.CreatedAt, f.RevokedAt))
                .ToListAsync(cancellationToken);
            // DateTimeOffset does not sort in SQLite: in memory, for the few addresses of an instance.
            return new Result(request.InstanceId, name, feeds.OrderBy(f => f.RevokedAt is not null).ThenByDescending(f => f.CreatedAt).ToList());
        }
    }

    public sealed record CreateFeed(Guid InstanceId) : ICommand<string>;

    internal sealed class CreateFeedHandler(GovernanceDbContext db, IClock clock) : IRequestHandler<CreateFeed, string>
    {
        public async Task<string> Handle(CreateFeed request, CancellationToken cancellationToken)
        {
            if (!await db.Instances.AnyAsync(i => i.Id == request.InstanceId, cancellationToken))
            {
                throw new InvalidInputException("", "Cette instance n'existe plus.");
            }
            var feed = new CalendarFeed { Id = Guid.NewGuid(), InstanceId = request.InstanceId, Token = NewToken(), CreatedAt = clock.Now };
            db.CalendarFeeds.Add(feed);
            await db.SaveChangesAsync(cancellationToken);
            return feed.Token;
        }

        /// <summary>256 random bits, URL-safe: 43 characters that nobody guesses.</summary>
        public static string NewToken() =>
            Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public sealed record RevokeFeed(Guid InstanceId, Guid FeedId) : ICommand;

    internal sealed class RevokeFeedHandler(GovernanceDbContext db, IClock clock) : IRequestHandler<RevokeFeed, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(RevokeFeed request, CancellationToken cancellationToken)
        {
            var feed = await db.CalendarFeeds.FirstOrDefaultAsync(f => f.Id == request.FeedId && f.InstanceId == request.InstanceId, cancellationToken)
                ?? throw new InvalidInputException("", "Cette adresse d'abonnement n'existe plus.");
            feed.RevokedAt ??= clock.Now;
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
