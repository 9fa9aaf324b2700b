using System.Reflection;
using Ctg.Sdk;

namespace Ctg.Architecture.Tests;

/// <summary>The assemblies this project was built with, sorted into host, Sdk, and modules or plugins.</summary>
public static class Plugins
{
    public static readonly Assembly Host = typeof(Program).Assembly;
    public static readonly Assembly Sdk = typeof(CtgModule).Assembly;

    /// <summary>The platform's own modules, which must be among the assemblies found.</summary>
    public static readonly string[] PlatformModules =
        ["Ctg.Modules.Governance", "Ctg.Modules.Dispositifs", "Ctg.Modules.Methodology", "Ctg.Modules.Evaluation"];

    /// <summary>Every assembly beside the tests that holds a module class, whether a platform module or a plugin.</summary>
    public static readonly IReadOnlyList<Assembly> All = Find();

    public static IEnumerable<object[]> Cases => All.Select(a => new object[] { a.GetName().Name! });

    public static Assembly Named(string name) => All.Single(a => a.GetName().Name == name);

    public static IEnumerable<string> ReferencedNames(this Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(r => r.Name!);

    private static List<Assembly> Find()
    {
        var found = new List<Assembly>();
        foreach (var file in Directory.GetFiles(AppContext.BaseDirectory, "*.dll"))
        {
            var name = AssemblyName.GetAssemblyName(file);
            if (name.Name == Sdk.GetName().Name || name.Name == Host.GetName().Name)
            {
                continue;
            }
            var assembly = Assembly.Load(name);
            if (!assembly.ReferencedNames().Contains(Sdk.GetName().Name))
            {
                continue;
            }
            // Metadata only: a module's constructor may throw (one test plugin does, on purpose).
            if (assembly.GetTypes().Any(t => t.IsSubclassOf(typeof(CtgModule))))
            {
                found.Add(assembly);
            }
        }
        return found.OrderBy(a => a.GetName().Name, StringComparer.Ordinal).ToList();
    }
}
