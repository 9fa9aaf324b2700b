using Ctg.Host.Data;
using Ctg.Host.Mediation;
using Ctg.Sdk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Host.Pages.Admin;

public sealed class ModulesModel(IModuleRegistry registry, HostDbContext db, OutboxNames names, OutboxDispatcher dispatcher) : PageModel
{
    /// <summary>Enough to act on; the rest waits for the first ones to be resolved.</summary>
    private const int FailingShown = 100;

    public IReadOnlyList<ModuleInfo> Modules => registry.Modules;

    /// <summary>Deliveries that failed <see cref="OutboxPolicy.AttemptsBeforeAlert"/> times or more, oldest event first.</summary>
    public IReadOnlyList<FailingDelivery> Failing { get; private set; } = [];

    public int FailingCount { get; private set; }

    /// <summary>Deliveries that failed fewer times, waiting for their next automatic attempt.</summary>
    public int AwaitingRetry { get; private set; }

    public async Task OnGetAsync()
    {
        ViewData.SetTrail("Modules", new Breadcrumb("Administration"));
        var deliveries = db.OutboxDeliveries.AsNoTracking();
        FailingCount = await deliveries.CountAsync(d => d.Attempts >= OutboxPolicy.AttemptsBeforeAlert);
        AwaitingRetry = await deliveries.CountAsync(d => d.Attempts > 0 && d.Attempts < OutboxPolicy.AttemptsBeforeAlert);
        var rows = await deliveries
            .Where(d => d.Attempts >= OutboxPolicy.AttemptsBeforeAlert)
            .OrderBy(d => d.Event.PublishedAtUtc)
            .Take(FailingShown)
            .Select(d => new { d.Id, d.Event.Type, d.Subscriber, d.Attempts, d.LastError, d.LastAttemptAtUtc, d.NextAttemptAtUtc, d.Event.PublishedAtUtc })
            .ToListAsync();
        Failing = rows.Select(d => new FailingDelivery(
                d.Id,
                OutboxNames.ShortName(d.Type),
                OutboxNames.ShortName(d.Subscriber),
                names.ModuleOf(d.Subscriber),
                d.Attempts,
                d.LastError ?? "",
                InFrance(d.PublishedAtUtc),
                d.LastAttemptAtUtc is { } last ? InFrance(last) : null,
                InFrance(d.NextAttemptAtUtc)))
            .ToList();
    }

    /// <summary>« Relancer »: delivers the event to its subscriber now, and says how it went.</summary>
    public async Task<IActionResult> OnPostRelancerAsync(Guid id)
    {
        var error = await dispatcher.RetryAsync(id);
        TempData["Message"] = error is null
            ? "L'événement a été remis à son abonné."
            : $"L'événement n'a pas pu être remis : {error}";
        return RedirectToPage(null, null, "evenements");
    }

    private static DateTime InFrance(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), French.TimeZone);

    public sealed record FailingDelivery(
        Guid Id, string Event, string Subscriber, string SubscriberModule, int Attempts, string LastError,
        DateTime PublishedAt, DateTime? LastAttemptAt, DateTime NextAttemptAt);
}
