using System.Reflection;
using Autofac;
using Ctg.Sdk;
using MediatR;

namespace Ctg.Host.Mediation;

/// <summary>
/// One MediatR for the whole application, in the one Autofac container: a notification published by one
/// module reaches the handlers of every enabled module, and handlers get the request's scoped DbContext.
/// </summary>
public static class MediationRegistration
{
    public static void RegisterMediation(this ContainerBuilder builder, IReadOnlyList<Assembly> assemblies)
    {
        builder.RegisterType<Mediator>().As<IMediator>().InstancePerLifetimeScope();
        builder.Register<ServiceFactory>(context =>
        {
            var scope = context.Resolve<IComponentContext>();
            return type => Resolve(scope, type);
        }).InstancePerLifetimeScope();

        // Lets a validator of a base form serve the commands that derive from it (IValidator<in T>).
        builder.RegisterSource(new Autofac.Features.Variance.ContravariantRegistrationSource());

        var all = assemblies.ToArray();
        builder.RegisterAssemblyTypes(all).AsClosedTypesOf(typeof(IRequestHandler<,>)).InstancePerDependency();
        builder.RegisterAssemblyTypes(all).AsClosedTypesOf(typeof(INotificationHandler<>)).InstancePerDependency();
        builder.RegisterAssemblyTypes(all).AsClosedTypesOf(typeof(IValidator<>)).InstancePerDependency();
        builder.RegisterAssemblyTypes(all).Where(t => typeof(IDemoContributor).IsAssignableFrom(t))
            .As<IDemoContributor>().InstancePerDependency();

        // The first registered is the outermost: log, then validate, then run in a transaction.
        builder.RegisterGeneric(typeof(LoggingBehavior<,>)).As(typeof(IPipelineBehavior<,>));
        builder.RegisterGeneric(typeof(ValidationBehavior<,>)).As(typeof(IPipelineBehavior<,>));
        builder.RegisterGeneric(typeof(TransactionBehavior<,>)).As(typeof(IPipelineBehavior<,>));

        builder.RegisterType<ModuleBus>().AsSelf().As<IModuleBus>().InstancePerLifetimeScope();
        builder.RegisterType<OutboxWriter>().InstancePerLifetimeScope();
        builder.RegisterType<OutboxDispatcher>().SingleInstance();
        builder.RegisterType<OutboxNames>().SingleInstance();
    }

    private static object Resolve(IComponentContext scope, Type type)
    {
        // A request whose module is not running has no handler: say so in a way pages can recognise.
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IRequestHandler<,>) && !scope.IsRegistered(type))
        {
            throw new ModuleUnavailableException(type.GetGenericArguments()[0]);
        }
        return scope.Resolve(type);
    }
}
