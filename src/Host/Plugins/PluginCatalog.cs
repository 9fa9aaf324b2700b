using System.Collections.Concurrent;
using System.Reflection;
using Ctg.Sdk;
using McMaster.NETCore.Plugins;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Host.Plugins;

/// <summary>
/// Finds the plugins, checks them, registers the services of those that may run and migrates their data.
/// A plugin that cannot run is recorded with its reason and left out; the platform starts without it.
/// </summary>
public sealed class PluginCatalog : IModuleRegistry
{
    // Types the host and every plugin must see as one: the contract, the mediator, EF Core and the
    // framework's abstractions. PreferSharedTypes then takes any other assembly the host has from the host.
    private static readonly Type[] SharedTypes =
        [typeof(CtgModule), typeof(IMediator), typeof(DbContext), typeof(IServiceCollection), typeof(ILogger)];

    // Loading a plugin assembly is costly and its code never changes while the process runs: tests that
    // start many hosts share the load contexts.
    private static readonly ConcurrentDictionary<string, Lazy<Assembly>> Assemblies = new();

    private readonly List<ModuleInfo> _modules = [];
    private readonly List<LoadedModule> _enabled = [];

    public IReadOnlyList<ModuleInfo> Modules => _modules;

    /// <summary>Running modules, in dependency order.</summary>
    public IReadOnlyList<LoadedModule> Enabled => _enabled;

    public bool IsEnabled(string moduleId) =>
        _enabled.Any(m => string.Equals(m.Manifest.Id, moduleId, StringComparison.OrdinalIgnoreCase));

    public static IEnumerable<string> PluginRoots(string baseDirectory, string? extraDirectory)
    {
        yield return Path.Combine(baseDirectory, "plugins");
        if (extraDirectory is not null)
        {
            yield return extraDirectory;
        }
    }

    public static PluginCatalog Load(
        IEnumerable<string> roots,
        IConfiguration configuration,
        IServiceCollection services,
        IDatabaseConfigurator database,
        ILogger logger)
    {
        var catalog = new PluginCatalog();
        var candidates = new List<Candidate>();
        foreach (var root in roots.Where(Directory.Exists))
        {
            foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
            {
                candidates.Add(Candidate.Read(folder, root));
            }
        }

        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var candidate in candidates)
        {
            if (candidate.Failure is not null)
            {
                continue;
            }
            var manifest = candidate.Module!.Manifest;
            if (!ids.Add(manifest.Id))
            {
                candidate.Failure = $"un autre module porte déjà l'identifiant « {manifest.Id} »";
            }
            else if (!SdkInfo.IsCompatible(manifest.SdkVersion, out var reason))
            {
                candidate.Failure = reason;
            }
            else if (!configuration.GetValue($"Modules:{manifest.Id}:Enabled", true))
            {
                candidate.Disabled = true;
            }
        }

        foreach (var candidate in DependencyOrder(candidates))
        {
            if (candidate.Failure is null && !candidate.Disabled)
            {
                catalog.TryStart(candidate, candidates, configuration, services, database);
            }
            catalog._modules.Add(candidate.ToInfo());
            if (candidate.Failure is not null)
            {
                logger.LogError("Module {Module} en échec : {Reason}", candidate.Id, candidate.Failure);
            }
            else
            {
                logger.LogInformation("Module {Module} {Version} : {State}", candidate.Id, candidate.Module!.Manifest.Version,
                    candidate.Disabled ? "désactivé" : "activé");
            }
        }
        return catalog;
    }

    private void TryStart(Candidate candidate, List<Candidate> all, IConfiguration configuration, IServiceCollection services, IDatabaseConfigurator database)
    {
        var manifest = candidate.Module!.Manifest;
        foreach (var dependency in manifest.Dependencies)
        {
            if (IsEnabled(dependency))
            {
                continue;
            }
            var other = all.FirstOrDefault(c => c.Id == dependency);
            candidate.Failure = other switch
            {
                null => $"dépend du module « {dependency} », introuvable",
                { Disabled: true } => $"dépend du module « {other.DisplayName} », qui est désactivé",
                { Failure: not null } => $"dépend du module « {other.DisplayName} », qui est en échec",
                _ => $"dépendance circulaire avec le module « {other.DisplayName} »",
            };
            return;
        }

        var own = new ServiceCollection();
        try
        {
            var context = new ModuleContext(configuration, configuration.GetSection($"Modules:{manifest.Id}"), database);
            candidate.Module.ConfigureServices(own, context);
        }
        catch (Exception exception)
        {
            candidate.Failure = $"erreur lors de l'enregistrement de ses services : {exception.GetBaseException().Message}";
            return;
        }

        if (candidate.Module.DbContextType is { } contextType)
        {
            try
            {
                Migrate(contextType, manifest.Id, database);
            }
            catch (Exception exception)
            {
                candidate.Failure = $"la migration de sa base de données a échoué : {exception.GetBaseException().Message}";
                return;
            }
        }

        foreach (var descriptor in own)
        {
            services.Add(descriptor);
        }
        _enabled.Add(new LoadedModule(candidate.Module, candidate.Assembly!, candidate.Folder));
    }

    private static void Migrate(Type contextType, string moduleId, IDatabaseConfigurator database)
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        database.Configure(builder, moduleId);
        using var context = (DbContext)Activator.CreateInstance(contextType, builder.Options)!;
        Data.DatabaseMigrations.MigrateIfNeeded(context);
    }

    private static List<Candidate> DependencyOrder(List<Candidate> candidates) =>
        Order(candidates, c => c.Id, c => c.Module?.Manifest.Dependencies ?? [], c => c.Module?.Manifest.SeedsAfter ?? [])
            .ToList();

    /// <summary>
    /// The one order of the modules, for starting, migrating and seeding the demonstration: Kahn's order over
    /// the dependencies, each module also after the modules its manifest names in
    /// <see cref="ModuleManifest.SeedsAfter"/>. Otherwise modules keep the order given (folder names, ordinal,
    /// the platform's plugins folder before the extra one). A module's list is dropped when it cannot be honoured
    /// (a cycle through it); modules in a dependency cycle come last, and fail when they start.
    /// </summary>
    public static IReadOnlyList<T> Order<T>(
        IReadOnlyList<T> items,
        Func<T, string> id,
        Func<T, IEnumerable<string>> dependencies,
        Func<T, IEnumerable<string>> seedsAfter)
    {
        var present = items.Select(id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var placed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ordered = new List<T>();
        var pending = items.ToList();
        bool Satisfied(IEnumerable<string> ids) => ids.All(d => placed.Contains(d) || !present.Contains(d));
        while (pending.Count > 0)
        {
            var startable = pending.Where(c => Satisfied(dependencies(c))).ToList();
            if (startable.Count == 0)
            {
                ordered.AddRange(pending);
                break;
            }
            var ready = startable.FirstOrDefault(c => Satisfied(seedsAfter(c))) ?? startable[0];
            ordered.Add(ready);
            placed.Add(id(ready));
            pending.Remove(ready);
        }
        return ordered;
    }

    private sealed class Candidate
    {
        public required string Folder { get; init; }
        public required string Source { get; init; }
        public CtgModule? Module { get; private set; }
        public Assembly? Assembly { get; private set; }
        public string? Failure { get; set; }
        public bool Disabled { get; set; }

        public string Id => Module?.Manifest.Id ?? Path.GetFileName(Folder);
        public string DisplayName => Module?.Manifest.DisplayName ?? Path.GetFileName(Folder);

        public static Candidate Read(string folder, string root)
        {
            var candidate = new Candidate { Folder = folder, Source = root };
            try
            {
                var entry = EntryAssemblyPath(folder);
                candidate.Assembly = Assemblies.GetOrAdd(entry, path => new Lazy<Assembly>(() =>
                    PluginLoader.CreateFromAssemblyFile(path, SharedTypes, config =>
                    {
                        // PreferSharedTypes already sends every assembly the host has to the host's context.
                        // Without IsLazyLoaded the loader also loads, eagerly, the whole reference closure of
                        // the shared types' assemblies (through netstandard.dll: ~90 assemblies, ~12 MB
                        // resident, System.Net.Ping, System.Net.Mail...), whether anything uses them or not.
                        config.PreferSharedTypes = true;
                        config.IsLazyLoaded = true;
                    })
                        .LoadDefaultAssembly())).Value;
                var moduleTypes = candidate.Assembly.GetTypes()
                    .Where(t => t.IsSubclassOf(typeof(CtgModule)) && !t.IsAbstract && t.IsPublic)
                    .ToList();
                if (moduleTypes.Count != 1)
                {
                    candidate.Failure = moduleTypes.Count == 0
                        ? "aucune classe de module (dérivée de CtgModule) dans l'assemblage"
                        : "plusieurs classes de module dans l'assemblage";
                    return candidate;
                }
                candidate.Module = (CtgModule)Activator.CreateInstance(moduleTypes[0])!;
                _ = candidate.Module.Manifest;
            }
            catch (Exception exception)
            {
                candidate.Module = null;
                candidate.Failure = $"erreur au chargement : {Unwrap(exception).Message}";
            }
            return candidate;
        }

        /// <summary>The plugin's own assembly: the one whose dependency manifest (.deps.json) is in the folder.</summary>
        private static string EntryAssemblyPath(string folder)
        {
            var deps = Directory.GetFiles(folder, "*.deps.json");
            if (deps.Length != 1)
            {
                throw new InvalidOperationException(deps.Length == 0
                    ? "le dossier ne contient pas de fichier .deps.json désignant l'assemblage du module"
                    : "le dossier contient plusieurs fichiers .deps.json");
            }
            var dll = deps[0][..^".deps.json".Length] + ".dll";
            return File.Exists(dll) ? dll : throw new FileNotFoundException($"assemblage {Path.GetFileName(dll)} introuvable");
        }

        private static Exception Unwrap(Exception exception) => exception switch
        {
            TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
            ReflectionTypeLoadException { LoaderExceptions: [{ } first, ..] } => first,
            _ => exception,
        };

        public ModuleInfo ToInfo()
        {
            var manifest = Module?.Manifest;
            var state = Failure is not null ? ModuleState.Failed : Disabled ? ModuleState.Disabled : ModuleState.Enabled;
            return new ModuleInfo(
                Id,
                DisplayName,
                manifest?.Version ?? "?",
                manifest?.Description ?? "",
                manifest?.Dependencies ?? [],
                manifest?.SdkVersion ?? "?",
                Folder,
                state,
                Failure);
        }
    }
}
