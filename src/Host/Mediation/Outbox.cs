using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Autofac;
using Ctg.Host.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ctg.Host.Mediation;

/// <summary>When deliveries are tried again, and when an administrator is told (ADR 0010).</summary>
public static class OutboxPolicy
{
    /// <summary>A delivery that failed this many times is listed on /admin/modules.</summary>
    public const int AttemptsBeforeAlert = 5;

    /// <summary>How long a dispatcher holds a delivery it runs; another takes it over only after that.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>How often the background dispatcher wakes up to see whether a sweep is due.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The longest time between two sweeps of the outbox when this host knows of nothing due: what another
    /// host left (it died holding a claim) is found within that time.
    /// </summary>
    public static readonly TimeSpan SafetySweep = TimeSpan.FromMinutes(5);

    public const int BatchSize = 50;

    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(6);

    /// <summary>30 s, 2 min, 8 min, 32 min, about 2 h, then every 6 h: never given up.</summary>
    public static TimeSpan DelayAfter(int failedAttempts) =>
        failedAttempts >= 6 ? LongestWait : TimeSpan.FromTicks(Math.Min(LongestWait.Ticks, FirstRetry.Ticks << (2 * (failedAttempts - 1))));
}

/// <summary>An outbox delivery written by this scope, with what it needs to run at once.</summary>
public sealed record PendingDelivery(Guid Id, Guid EventId, INotification Notification, string Subscriber, DateTime ClaimedUntilUtc);

/// <summary>
/// Writes notifications to the outbox: one event row, one delivery row per subscriber running now. Within
/// a command, the rows go through the command's own connection and transaction, so they are saved with the
/// change or not at all, whichever module's DbContext holds that transaction.
/// </summary>
public sealed class OutboxWriter(IComponentContext scope, DbContextOptions<HostDbContext> hostOptions, IClock clock)
{
    /// <param name="within">The database of the command's DbContext, in its transaction; null to write on its own.</param>
    /// <param name="claim">The deliveries are written already claimed with it, for the caller to run them right away.</param>
    public async Task<IReadOnlyList<PendingDelivery>> WriteAsync(
        IReadOnlyList<INotification> notifications, DatabaseFacade? within, Guid claim, CancellationToken cancellationToken)
    {
        var now = clock.Now.UtcDateTime;
        var events = new List<OutboxEvent>();
        var deliveries = new List<PendingDelivery>();
        foreach (var notification in notifications)
        {
            var type = notification.GetType();
            var subscribers = SubscribersOf(type);
            if (subscribers.Count == 0)
            {
                continue;
            }
            var outboxEvent = new OutboxEvent
            {
                Id = Guid.NewGuid(),
                Type = OutboxNames.Of(type),
                Payload = JsonSerializer.Serialize(notification, type),
                PublishedAtUtc = now,
            };
            foreach (var subscriber in subscribers)
            {
                var delivery = new OutboxDelivery
                {
                    Id = Guid.NewGuid(),
                    Subscriber = subscriber,
                    NextAttemptAtUtc = now,
                    ClaimedUntilUtc = now + OutboxPolicy.Lease,
                    ClaimToken = claim,
                };
                outboxEvent.Deliveries.Add(delivery);
                deliveries.Add(new PendingDelivery(delivery.Id, outboxEvent.Id, notification, subscriber, delivery.ClaimedUntilUtc.Value));
            }
            events.Add(outboxEvent);
        }
        if (events.Count == 0)
        {
            return [];
        }

        // A context of its own, so that nothing else the scope's HostDbContext tracks is saved with the rows.
        await using var outbox = new HostDbContext(hostOptions);
        if (within?.CurrentTransaction is { } transaction)
        {
            outbox.Database.SetDbConnection(within.GetDbConnection(), contextOwnsConnection: false);
            await outbox.Database.UseTransactionAsync(transaction.GetDbTransaction(), cancellationToken);
        }
        outbox.OutboxEvents.AddRange(events);
        await outbox.SaveChangesAsync(cancellationToken);
        return deliveries;
    }

    /// <summary>The handlers MediatR would run for this notification type, named as the outbox stores them.</summary>
    private List<string> SubscribersOf(Type notificationType)
    {
        var handlers = (IEnumerable<object>)scope.Resolve(typeof(IEnumerable<>).MakeGenericType(typeof(INotificationHandler<>).MakeGenericType(notificationType)));
        return handlers.Select(h => OutboxNames.Of(h.GetType())).Distinct(StringComparer.Ordinal).ToList();
    }
}

/// <summary>
/// Runs outbox deliveries, each in a service scope of its own, and records the outcome: a delivery that
/// succeeded is deleted (and its event with its last delivery); one that failed is tried again later, with
/// a growing delay. A failure never reaches the caller.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, OutboxNames names, IClock clock, ILogger<OutboxDispatcher> logger)
{
    private static readonly ConcurrentDictionary<Type, Func<object, INotification, CancellationToken, Task>> Invokers = new();

    // The database is read only when something may be due: a sweep at start-up, then when a delivery this
    // host failed comes due, and at the latest after OutboxPolicy.SafetySweep. An idle platform runs no query.
    private long _nextSweepTicks = DateTime.MinValue.Ticks;

    /// <summary>Whether the background dispatcher should sweep the outbox now.</summary>
    public bool IsSweepDue(DateTime nowUtc) => nowUtc.Ticks >= Interlocked.Read(ref _nextSweepTicks);

    /// <summary>Runs the deliveries a request has just written and still holds.</summary>
    public async Task DeliverAsync(IReadOnlyList<PendingDelivery> deliveries, Guid claim)
    {
        foreach (var delivery in deliveries)
        {
            var now = clock.Now.UtcDateTime;
            // Held long enough to run it: no other dispatcher can have taken it. Otherwise claim it again first.
            if (delivery.ClaimedUntilUtc - now < OutboxPolicy.Lease / 2 && !await ClaimAsync(delivery.Id, claim, now, requireDue: false, previousClaim: claim))
            {
                continue;
            }
            await RunAsync(delivery.Id, delivery.EventId, delivery.Subscriber, 0, claim, now, () => delivery.Notification);
        }
    }

    /// <summary>Runs the deliveries that are due at <paramref name="nowUtc"/> and that no dispatcher holds.</summary>
    /// <returns>How many deliveries were run.</returns>
    public async Task<int> DispatchDueAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var claim = Guid.NewGuid();
        var run = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            List<DueDelivery> due;
            await using (var scope = scopes.CreateAsyncScope())
            {
                due = await scope.ServiceProvider.GetRequiredService<HostDbContext>().OutboxDeliveries.AsNoTracking()
                    .Where(d => d.NextAttemptAtUtc <= nowUtc && (d.ClaimedUntilUtc == null || d.ClaimedUntilUtc < nowUtc))
                    .OrderBy(d => d.NextAttemptAtUtc)
                    .Take(OutboxPolicy.BatchSize)
                    .Select(d => new DueDelivery(d.Id, d.EventId, d.Subscriber, d.Attempts, d.Event.Type, d.Event.Payload))
                    .ToListAsync(cancellationToken);
            }
            foreach (var delivery in due)
            {
                if (await ClaimAsync(delivery.Id, claim, nowUtc, requireDue: true, previousClaim: null))
                {
                    await RunAsync(delivery.Id, delivery.EventId, delivery.Subscriber, delivery.Attempts, claim, nowUtc, () => Read(delivery));
                    run++;
                }
            }
            if (due.Count < OutboxPolicy.BatchSize)
            {
                break;
            }
        }
        await PlanNextSweepAsync(nowUtc, cancellationToken);
        return run;
    }

    /// <summary>Runs one delivery now, whenever it was due: the administrator's « Relancer ».</summary>
    /// <returns>Null once delivered; otherwise the reason it was not.</returns>
    public async Task<string?> RetryAsync(Guid deliveryId)
    {
        var now = clock.Now.UtcDateTime;
        DueDelivery? delivery;
        await using (var scope = scopes.CreateAsyncScope())
        {
            delivery = await scope.ServiceProvider.GetRequiredService<HostDbContext>().OutboxDeliveries.AsNoTracking()
                .Where(d => d.Id == deliveryId)
                .Select(d => new DueDelivery(d.Id, d.EventId, d.Subscriber, d.Attempts, d.Event.Type, d.Event.Payload))
                .SingleOrDefaultAsync();
        }
        var claim = Guid.NewGuid();
        if (delivery is null)
        {
            return "Cet événement a déjà été délivré.";
        }
        if (!await ClaimAsync(delivery.Id, claim, now, requireDue: false, previousClaim: null))
        {
            return "Cet événement est en cours de traitement ; réessayez dans quelques minutes.";
        }
        return await RunAsync(delivery.Id, delivery.EventId, delivery.Subscriber, delivery.Attempts, claim, now, () => Read(delivery));
    }

    /// <summary>The next sweep: when the earliest delivery left becomes due (its retry time, or its claim's end).</summary>
    private async Task PlanNextSweepAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var earliest = await scope.ServiceProvider.GetRequiredService<HostDbContext>().OutboxDeliveries
            .Select(d => d.ClaimedUntilUtc != null && d.ClaimedUntilUtc > d.NextAttemptAtUtc ? d.ClaimedUntilUtc.Value : d.NextAttemptAtUtc)
            .OrderBy(due => due)
            .Select(due => (DateTime?)due)
            .FirstOrDefaultAsync(cancellationToken);
        var latest = nowUtc + OutboxPolicy.SafetySweep;
        Interlocked.Exchange(ref _nextSweepTicks, (earliest is { } next && next < latest ? next : latest).Ticks);
    }

    private void SweepBy(DateTime dueUtc)
    {
        var planned = Interlocked.Read(ref _nextSweepTicks);
        while (dueUtc.Ticks < planned)
        {
            var seen = Interlocked.CompareExchange(ref _nextSweepTicks, dueUtc.Ticks, planned);
            if (seen == planned)
            {
                return;
            }
            planned = seen;
        }
    }

    /// <summary>
    /// Takes the delivery for <see cref="OutboxPolicy.Lease"/> unless another dispatcher holds it: one UPDATE
    /// with the condition in its WHERE, so two hosts on one database never both take it.
    /// </summary>
    private async Task<bool> ClaimAsync(Guid id, Guid claim, DateTime nowUtc, bool requireDue, Guid? previousClaim)
    {
        await using var scope = scopes.CreateAsyncScope();
        var until = nowUtc + OutboxPolicy.Lease;
        var claimed = await scope.ServiceProvider.GetRequiredService<HostDbContext>().OutboxDeliveries
            .Where(d => d.Id == id
                && (d.ClaimedUntilUtc == null || d.ClaimedUntilUtc < nowUtc || (previousClaim != null && d.ClaimToken == previousClaim))
                && (!requireDue || d.NextAttemptAtUtc <= nowUtc))
            .ExecuteUpdateAsync(set => set
                .SetProperty(d => d.ClaimedUntilUtc, until)
                .SetProperty(d => d.ClaimToken, claim));
        return claimed == 1;
    }

    private async Task<string?> RunAsync(Guid id, Guid eventId, string subscriber, int attempts, Guid claim, DateTime nowUtc, Func<INotification> notification)
    {
        string? error;
        try
        {
            error = await InvokeAsync(subscriber, notification);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "L'événement {Event} n'a pas pu être remis à {Subscriber} (essai {Attempt})", eventId, subscriber, attempts + 1);
            error = Describe(exception);
        }
        try
        {
            await RecordAsync(id, eventId, claim, attempts, nowUtc, error);
        }
        catch (Exception exception)
        {
            // The delivery stays claimed until its lease ends, then a dispatcher takes it again.
            logger.LogError(exception, "Le résultat de la remise {Delivery} n'a pas pu être enregistré", id);
            SweepBy(nowUtc + OutboxPolicy.Lease);
        }
        return error;
    }

    /// <returns>Null when the subscriber handled the event; otherwise why it did not.</returns>
    private async Task<string?> InvokeAsync(string subscriber, Func<INotification> read)
    {
        INotification notification;
        try
        {
            notification = read();
        }
        catch (UnknownEventTypeException exception)
        {
            logger.LogWarning("Événement en attente : {Reason}", exception.Message);
            return exception.Message;
        }
        await using var scope = scopes.CreateAsyncScope();
        var type = notification.GetType();
        var handlerType = typeof(INotificationHandler<>).MakeGenericType(type);
        var handlers = (IEnumerable<object>)scope.ServiceProvider.GetRequiredService(typeof(IEnumerable<>).MakeGenericType(handlerType));
        var handler = handlers.FirstOrDefault(h => OutboxNames.Of(h.GetType()) == subscriber);
        if (handler is null)
        {
            var reason = $"L'abonné {OutboxNames.ShortName(subscriber)} ne fonctionne pas actuellement (module désactivé, en échec ou retiré) : l'événement est conservé.";
            logger.LogWarning("Événement en attente : {Reason}", reason);
            return reason;
        }
        await Invokers.GetOrAdd(type, InvokerFor)(handler, notification, CancellationToken.None);
        return null;
    }

    private async Task RecordAsync(Guid id, Guid eventId, Guid claim, int attempts, DateTime nowUtc, string? error)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        var mine = db.OutboxDeliveries.Where(d => d.Id == id && d.ClaimToken == claim);
        if (error is null)
        {
            await mine.ExecuteDeleteAsync();
            await db.OutboxEvents.Where(e => e.Id == eventId && !e.Deliveries.Any()).ExecuteDeleteAsync();
            return;
        }
        var next = nowUtc + OutboxPolicy.DelayAfter(attempts + 1);
        SweepBy(next);
        var lastError = error.Length > 2000 ? error[..1999] + "…" : error;
        await mine.ExecuteUpdateAsync(set => set
            .SetProperty(d => d.Attempts, d => d.Attempts + 1)
            .SetProperty(d => d.LastAttemptAtUtc, nowUtc)
            .SetProperty(d => d.LastError, lastError)
            .SetProperty(d => d.NextAttemptAtUtc, next)
            .SetProperty(d => d.ClaimedUntilUtc, (DateTime?)null)
            .SetProperty(d => d.ClaimToken, (Guid?)null));
    }

    private INotification Read(DueDelivery delivery)
    {
        var type = names.FindNotificationType(delivery.Type)
            ?? throw new UnknownEventTypeException(
                $"Le type d'événement {delivery.Type} n'est déclaré par aucun module en fonctionnement (module désactivé ou retiré) : l'événement est conservé.");
        return (INotification)(JsonSerializer.Deserialize(delivery.Payload, type)
            ?? throw new UnknownEventTypeException($"Le contenu de l'événement {OutboxNames.ShortName(delivery.Type)} est vide."));
    }

    private static string Describe(Exception exception)
    {
        var inner = exception is TargetInvocationException { InnerException: { } cause } ? cause : exception;
        return $"{inner.GetType().Name} : {inner.Message}";
    }

    private static Func<object, INotification, CancellationToken, Task> InvokerFor(Type notificationType) =>
        typeof(OutboxDispatcher).GetMethod(nameof(Invoke), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(notificationType)
            .CreateDelegate<Func<object, INotification, CancellationToken, Task>>();

    private static Task Invoke<TNotification>(object handler, INotification notification, CancellationToken cancellationToken)
        where TNotification : INotification =>
        ((INotificationHandler<TNotification>)handler).Handle((TNotification)notification, cancellationToken);

    private sealed record DueDelivery(Guid Id, Guid EventId, string Subscriber, int Attempts, string Type, string Payload);

    private sealed class UnknownEventTypeException(string message) : Exception(message);
}

/// <summary>
/// Runs the deliveries whose retry time has come (or whose dispatcher died): at start-up, what the last run
/// left; then whenever the dispatcher expects something due.
/// </summary>
public sealed class OutboxBackgroundService(OutboxDispatcher dispatcher, IClock clock, ILogger<OutboxBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(OutboxPolicy.PollInterval);
        do
        {
            var now = clock.Now.UtcDateTime;
            if (!dispatcher.IsSweepDue(now))
            {
                continue;
            }
            try
            {
                await dispatcher.DispatchDueAsync(now, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "La remise des événements en attente a échoué ; nouvel essai dans {Interval}", OutboxPolicy.PollInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
