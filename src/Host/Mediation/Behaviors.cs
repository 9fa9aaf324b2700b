using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using Autofac;
using Ctg.Host.Plugins;
using Ctg.Host.Data;
using Ctg.Sdk;
using MediatR;
using Microsoft.EntityFrameworkCore;


namespace Ctg.Host.Mediation;

/// <summary>Logs each request's name and duration; never its content, which may hold personal data.</summary>
public sealed class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await next();
        }
        catch (Exception exception) when (exception is not InvalidInputException and not ModuleUnavailableException)
        {
            logger.LogError(exception, "Échec de {Request}", typeof(TRequest).Name);
            throw;
        }
        finally
        {
            logger.LogDebug("{Request} traité en {Elapsed:0.0} ms", typeof(TRequest).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}

/// <summary>
/// Checks the request's DataAnnotations and its <see cref="IValidator{TRequest}"/>s before the handler runs;
/// the errors reach the form as <see cref="InvalidInputException"/>.
/// </summary>
public sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var errors = new List<ValidationError>();
        var results = new List<ValidationResult>();
        if (request is not null && !Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true))
        {
            errors.AddRange(results.SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""])
                .Select(member => new ValidationError(member, r.ErrorMessage ?? "Valeur invalide."))));
        }
        foreach (var validator in validators)
        {
            errors.AddRange(validator.Validate(request));
        }
        return errors.Count > 0 ? throw new InvalidInputException(errors) : next();
    }
}

/// <summary>
/// Runs each <see cref="ICommand{TResult}"/> in one transaction of the database context of the module
/// that declares it: all of the command is saved, or nothing. Notifications the command publishes through
/// <see cref="IModuleBus"/> are written to the outbox in that same transaction, and delivered after the
/// commit (ADR 0010).
/// </summary>
public sealed class TransactionBehavior<TRequest, TResponse>(IComponentContext scope, ModuleDbContexts contexts, ModuleBus bus)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly ConcurrentDictionary<Type, bool> IsCommand = new();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var isCommand = IsCommand.GetOrAdd(typeof(TRequest), type =>
            type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)));
        if (!isCommand || contexts.For(typeof(TRequest).Assembly) is not { } contextType)
        {
            return await next();
        }
        var database = ((DbContext)scope.Resolve(contextType)).Database;
        if (database.CurrentTransaction is not null)
        {
            return await next();
        }
        IReadOnlyList<PendingDelivery>? committed = null;
        var mark = bus.EnterCommand();
        try
        {
            TResponse response;
            await using (var transaction = await database.BeginTransactionAsync(cancellationToken))
            {
                response = await next();
                var written = await bus.WriteToOutboxAsync(database, mark, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                committed = written;
            }
            return response;
        }
        finally
        {
            await bus.ExitCommandAsync(mark, committed);
        }
    }
}

/// <summary>Which DbContext belongs to the assembly that declares a command.</summary>
public sealed class ModuleDbContexts(PluginCatalog catalog)
{
    public Type? For(System.Reflection.Assembly assembly) =>
        assembly == typeof(HostDbContext).Assembly
            ? typeof(HostDbContext)
            : catalog.Enabled.FirstOrDefault(m => m.Assembly == assembly)?.Module.DbContextType;
}
