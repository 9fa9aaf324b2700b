using Autofac;
using Ctg.Sdk;
using MediatR;

namespace Ctg.Host.Mediation;

/// <summary>Asks another module, and answers "unavailable" when no enabled module handles the request.</summary>
public sealed class ModuleBus(IMediator mediator, IComponentContext scope) : IModuleBus
{
    public async Task<ModuleAnswer<T>> AskAsync<T>(IRequest<T> request, CancellationToken cancellationToken = default)
    {
        var handler = typeof(IRequestHandler<,>).MakeGenericType(request.GetType(), typeof(T));
        if (!scope.IsRegistered(handler))
        {
            return ModuleAnswer<T>.Unavailable;
        }
        return new ModuleAnswer<T>(true, await mediator.Send(request, cancellationToken));
    }

    public Task PublishAsync(INotification notification, CancellationToken cancellationToken = default) =>
        mediator.Publish(notification, cancellationToken);
}
