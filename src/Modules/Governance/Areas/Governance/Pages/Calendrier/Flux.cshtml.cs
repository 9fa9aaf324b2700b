using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Ctg.Modules.Governance.Seances;
using Ctg.Sdk;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Pages.Calendrier;

/// <summary>
/// An instance's séances as an iCalendar feed that calendar applications subscribe to. They cannot sign in:
/// the secret token in the address is the only key, and revoking it closes the feed (404, like an unknown one).
/// </summary>
[AllowAnonymous]
public sealed class FluxModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string token)
    {
        var seancePage = new Uri($"{Request.Scheme}://{Request.Host}{Request.PathBase}/gouvernance/seances/");
        var feed = await mediator.Send(new Query(token, seancePage), HttpContext.RequestAborted);
        if (feed is null)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "private, max-age=900";
        return File(System.Text.Encoding.UTF8.GetBytes(feed), "text/calendar; charset=utf-8");
    }

    public sealed record Query(string Token, Uri SeancePage) : IRequest<string?>;

    internal sealed class Handler(GovernanceDbContext db, IClock clock) : IRequestHandler<Query, string?>
    {
        public async Task<string?> Handle(Query request, CancellationToken cancellationToken)
        {
            if (string.IsNullOrEmpty(request.Token) || request.Token.Length > 64)
            {
                return null;
            }
            var instance = await db.CalendarFeeds.AsNoTracking()
                .Where(f => f.Token == request.Token && f.RevokedAt == null)
                .Join(db.Instances, f => f.InstanceId, i => i.Id, (f, i) => new { i.Id, i.Name })
                .FirstOrDefaultAsync(cancellationToken);
            if (instance is null)
            {
                return null;
            }
            var since = clock.Today.AddMonths(-12);
            var seances = await db.Seances.AsNoTracking()
                .Where(s => s.InstanceId == instance.Id && s.Status != SeanceStatus.Annulee && s.Date >= since)
                .OrderBy(s => s.Date)
                .Select(s => new FeedSeance(s.Id, s.Date, s.StartTime, s.EndTime, s.Place, s.VideoLink, s.Status, s.Version))
                .ToListAsync(cancellationToken);
            return InstanceFeed.Build(instance.Name, seances, request.SeancePage);
        }
    }
}

public sealed record FeedSeance(Guid Id, DateOnly Date, TimeOnly? StartTime, TimeOnly? EndTime, string? Place, string? VideoLink, SeanceStatus Status, int Version);

/// <summary>
/// The feed's iCalendar text. Each séance keeps the UID of its convocation, so that an agenda that received
/// both shows one event.
/// </summary>
public static class InstanceFeed
{
    private const string TimeZone = "Europe/Paris";

    public static string Build(string instanceName, IEnumerable<FeedSeance> seances, Uri seancePage)
    {
        var calendar = new Calendar { Method = "PUBLISH", ProductId = "-//Plateforme CTG//Gouvernance//FR" };
        // RFC 5545 allows no control character but the tab in a text, and a line break in the name would end this
        // property's line: the name as one line by the Sdk's rule, the description by its rule for documents.
        instanceName = UserText.Line(instanceName)!;
        calendar.AddProperty("X-WR-CALNAME", instanceName);
        calendar.AddTimeZone(new VTimeZone(TimeZone));
        foreach (var seance in seances)
        {
            var start = seance.Date.ToDateTime(seance.StartTime ?? new TimeOnly(9, 0));
            var end = seance.EndTime is { } endTime && seance.StartTime is not null && endTime > seance.StartTime
                ? seance.Date.ToDateTime(endTime)
                : start.AddHours(2);
            var page = new Uri(seancePage, seance.Id.ToString());
            var vevent = new CalendarEvent
            {
                Uid = ConvocationCalendar.Uid(seance.Id),
                Summary = seance.Status == SeanceStatus.Tenue ? $"{instanceName} (séance tenue)" : instanceName,
                DtStart = new CalDateTime(start, TimeZone),
                DtEnd = new CalDateTime(end, TimeZone),
                Location = !string.IsNullOrWhiteSpace(seance.Place) ? UserText.Line(seance.Place) : !string.IsNullOrWhiteSpace(seance.VideoLink) ? "Visioconférence" : null,
                Description = UserText.ForDocument((string.IsNullOrWhiteSpace(seance.VideoLink) ? "" : $"Lien de visioconférence : {seance.VideoLink}\n") + $"La séance sur la plateforme : {page}"),
                Url = page,
                Status = "CONFIRMED",
                Sequence = seance.Version,
            };
            calendar.Events.Add(vevent);
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
