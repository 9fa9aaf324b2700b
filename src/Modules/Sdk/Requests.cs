using MediatR;

namespace Ctg.Sdk;

/// <summary>
/// A request that changes data. The host's pipeline validates it, then runs its handler in one database
/// transaction of the module that handles it.
/// </summary>
public interface ICommand<out TResult> : IRequest<TResult>
{
}

/// <summary>A command that returns nothing of interest.</summary>
public interface ICommand : ICommand<Unit>
{
}

/// <summary>Rules that DataAnnotations cannot say; registered automatically from the module assembly.</summary>
public interface IValidator<in TRequest>
{
    IEnumerable<ValidationError> Validate(TRequest request);
}

/// <summary>A French message about one field (the property name of the request, or "" for the whole form).</summary>
public sealed record ValidationError(string Field, string Message);

/// <summary>Thrown by the validation behavior; the host shows the messages next to the fields.</summary>
public sealed class InvalidInputException(IReadOnlyList<ValidationError> errors)
    : Exception("La saisie est invalide : " + string.Join(" ; ", errors.Select(e => e.Message)))
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;

    public InvalidInputException(string field, string message) : this([new ValidationError(field, message)])
    {
    }
}

/// <summary>
/// Sends a request that another module answers. When that module is disabled or failed, the result says
/// so instead of throwing: "module désactivé" is an expected case, not an error.
/// </summary>
public interface IModuleBus
{
    Task<ModuleAnswer<T>> AskAsync<T>(IRequest<T> request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Publishes to every enabled module's handlers; during a command, once its transaction has committed.
    /// The event is first written to the platform's outbox (in the command's transaction): a handler that fails
    /// fails neither the command nor the other handlers, and is tried again later (ADR 0010).
    /// </summary>
    Task PublishAsync(INotification notification, CancellationToken cancellationToken = default);
}

/// <summary>The answer of another module, or the fact that no enabled module answers.</summary>
public readonly record struct ModuleAnswer<T>(bool IsAvailable, T? Value)
{
    public static ModuleAnswer<T> Unavailable => new(false, default);
}

/// <summary>Thrown when a request reaches no handler because its module is not running.</summary>
public sealed class ModuleUnavailableException(Type requestType)
    : Exception($"Aucun module activé ne traite la demande {requestType.Name} (module désactivé).")
{
    public Type RequestType { get; } = requestType;
}
