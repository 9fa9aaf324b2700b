using System.Collections.Concurrent;
using System.Reflection;
using Ctg.Host.Plugins;
using MediatR;

namespace Ctg.Host.Mediation;

/// <summary>
/// How the outbox names an event's type and a subscriber, and finds them again: "Namespace.Type, Assembly",
/// the assembly searched among the host, the Sdk and the running modules (each plugin has its own load
/// context, where <see cref="Type.GetType(string)"/> would not look).
/// </summary>
public sealed class OutboxNames(PluginCatalog catalog)
{
    private readonly ConcurrentDictionary<string, Type?> _types = new(StringComparer.Ordinal);

    public static string Of(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    /// <summary>The notification type so named, or null when no running assembly declares it (its module is disabled or gone).</summary>
    public Type? FindNotificationType(string name) => _types.GetOrAdd(name, Find);

    /// <summary>"SeanceHeld" out of "Ctg.Sdk.Messages.Governance.SeanceHeld, Ctg.Sdk".</summary>
    public static string ShortName(string name)
    {
        var typeName = TypeName(name);
        return typeName[(typeName.LastIndexOfAny(['.', '+']) + 1)..];
    }

    /// <summary>The French name of the running module whose assembly declares the type, or the assembly's name.</summary>
    public string ModuleOf(string name)
    {
        var assembly = AssemblyName(name);
        return catalog.Enabled.FirstOrDefault(m => m.Assembly.GetName().Name == assembly)?.Manifest.DisplayName ?? assembly;
    }

    private Type? Find(string name)
    {
        var assemblyName = AssemblyName(name);
        var assembly = Assemblies().FirstOrDefault(a => a.GetName().Name == assemblyName);
        var type = assembly?.GetType(TypeName(name), throwOnError: false);
        return type is not null && typeof(INotification).IsAssignableFrom(type) ? type : null;
    }

    private IEnumerable<Assembly> Assemblies() =>
        [typeof(OutboxNames).Assembly, typeof(CtgModule).Assembly, .. catalog.Enabled.Select(m => m.Assembly)];

    private static string TypeName(string name) => name.Split(", ", 2)[0];

    private static string AssemblyName(string name) => name.Split(", ", 2) is [_, var assembly] ? assembly : "";
}
