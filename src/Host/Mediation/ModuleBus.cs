using Autofac;
using MediatR;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Ctg.Host.Mediation;

/// <summary>
/// Asks another module, and answers "unavailable" when no enabled module handles the request.
/// Notifications go through the outbox (ADR 0010): published while a command runs, they are written in
/// the command's transaction and delivered once it has committed; published outside a command, they are
/// written then delivered at once. Either way, a subscriber that fails neither fails the caller nor loses
/// the event: its delivery stays in the outbox for the background dispatcher.
/// </summary>
public sealed class ModuleBus(IMediator mediator, IComponentContext scope, OutboxWriter outbox, OutboxDispatcher dispatcher) : IModuleBus
{
    private readonly List<INotification> _pending = [];
    private readonly List<PendingDelivery> _committed = [];
    private readonly Guid _claim = Guid.NewGuid();
    private int _commandDepth;

    public async Task<ModuleAnswer<T>> AskAsync<T>(IRequest<T> request, CancellationToken cancellationToken = default)
    {
        var handler = typeof(IRequestHandler<,>).MakeGenericType(request.GetType(), typeof(T));
        if (!scope.IsRegistered(handler))
        {
            return ModuleAnswer<T>.Unavailable;
        }
        return new ModuleAnswer<T>(true, await mediator.Send(request, cancellationToken));
    }

    public async Task PublishAsync(INotification notification, CancellationToken cancellationToken = default)
    {
        if (_commandDepth > 0)
        {
            _pending.Add(notification);
            return;
        }
        var written = await outbox.WriteAsync([notification], within: null, _claim, cancellationToken);
        await dispatcher.DeliverAsync(written, _claim);
    }

    /// <summary>Called by the transaction behavior as a command starts its transaction.</summary>
    /// <returns>Where the command's notifications start among those waiting.</returns>
    internal int EnterCommand()
    {
        _commandDepth++;
        return _pending.Count;
    }

    /// <summary>Called by the transaction behavior just before it commits: writes the command's notifications in its transaction.</summary>
    internal async Task<IReadOnlyList<PendingDelivery>> WriteToOutboxAsync(DatabaseFacade database, int mark, CancellationToken cancellationToken)
    {
        var published = _pending.GetRange(mark, _pending.Count - mark);
        _pending.RemoveRange(mark, published.Count);
        return await outbox.WriteAsync(published, database, _claim, cancellationToken);
    }

    /// <summary>
    /// Called once the command's transaction has ended: <paramref name="committed"/> holds what it wrote to the
    /// outbox, or is null when it rolled back (its rows went with it). The outermost command delivers.
    /// </summary>
    internal async Task ExitCommandAsync(int mark, IReadOnlyList<PendingDelivery>? committed)
    {
        _commandDepth--;
        if (committed is null)
        {
            _pending.RemoveRange(mark, _pending.Count - mark);
        }
        else
        {
            _committed.AddRange(committed);
        }
        if (_commandDepth > 0)
        {
            return;
        }
        var deliveries = _committed.ToList();
        _committed.Clear();
        // The change is saved: its announcements go out even if the person has left the page meanwhile.
        await dispatcher.DeliverAsync(deliveries, _claim);
    }
}
