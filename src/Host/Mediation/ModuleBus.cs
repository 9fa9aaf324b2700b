using Autofac;
using Ctg.Sdk;
using MediatR;

namespace Ctg.Host.Mediation;

/// <summary>
/// Asks another module, and answers "unavailable" when no enabled module handles the request.
/// Notifications published while a command runs wait for its transaction to commit: another module's
/// handler writes through its own connection, and must neither see uncommitted data nor wait on the lock.
/// </summary>
public sealed class ModuleBus(IMediator mediator, IComponentContext scope) : IModuleBus
{
    private readonly List<INotification> _pending = [];
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

    public Task PublishAsync(INotification notification, CancellationToken cancellationToken = default)
    {
        if (_commandDepth > 0)
        {
            _pending.Add(notification);
            return Task.CompletedTask;
        }
        return mediator.Publish(notification, cancellationToken);
    }

    /// <summary>Called by the transaction behavior around a command.</summary>
    internal void EnterCommand() => _commandDepth++;

    /// <summary>Publishes what the outermost command queued, once it has committed; drops it if it failed.</summary>
    internal async Task ExitCommandAsync(bool committed, CancellationToken cancellationToken)
    {
        if (--_commandDepth > 0)
        {
            return;
        }
        var pending = _pending.ToList();
        _pending.Clear();
        if (!committed)
        {
            return;
        }
        foreach (var notification in pending)
        {
            await mediator.Publish(notification, cancellationToken);
        }
    }
}
