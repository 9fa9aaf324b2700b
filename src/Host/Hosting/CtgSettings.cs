namespace Ctg.Host.Hosting;

/// <summary>
/// Settings read before the application is built. Paths are resolved against the content root, never the
/// working directory, which differs between <c>dotnet run</c>, tests and a published application.
/// </summary>
public sealed class CtgSettings
{
    public required string DataDirectory { get; init; }
    /// <summary>Extra folder for drop-in third-party plugins, besides plugins/ beside the binary.</summary>
    public string? ExtraPluginsDirectory { get; init; }
    public required bool Demo { get; init; }
    public required string ConnectionString { get; init; }
    public string DatabaseFile { get; init; } = "";
    /// <summary>
    /// The address people use to reach the platform ("https://ctg.mon-epci.fr"), from which the links it hands
    /// out are built; null if not configured. Checked where a link is built, so a wrong value is reported there.
    /// </summary>
    public string? PublicUrl { get; init; }

    public static CtgSettings From(IConfiguration configuration, string contentRoot)
    {
        var dataDirectory = Path.GetFullPath(configuration["Ctg:DataDirectory"] is { Length: > 0 } d ? d : "data", contentRoot);
        var demo = configuration.GetValue<bool>("Ctg:Demo");
        var plugins = configuration["Ctg:PluginsDirectory"];
        var publicUrl = configuration["Ctg:PublicUrl"]?.Trim();
        var file = Path.Combine(dataDirectory, demo ? "ctg-demo.db" : "ctg.db");
        return new CtgSettings
        {
            DataDirectory = dataDirectory,
            ExtraPluginsDirectory = string.IsNullOrWhiteSpace(plugins) ? null : Path.GetFullPath(plugins, contentRoot),
            Demo = demo,
            DatabaseFile = file,
            PublicUrl = string.IsNullOrEmpty(publicUrl) ? null : publicUrl,
            // The demo always has its own file: it must never fill, or install itself into, a real database.
            ConnectionString = !demo && configuration.GetConnectionString("Ctg") is { Length: > 0 } cs
                ? cs
                : $"Data Source={file};Pooling=True",
        };
    }
}

/// <summary>
/// Where the application's files are. `dotnet run` and the tests start in the project or test folder, which
/// holds appsettings.json; a published application started from another folder (a service manager, a
/// script) would otherwise take that folder as its content root, and put its data there.
/// </summary>
public static class ContentRoot
{
    public static string? Choose(string[] args)
    {
        if (args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is { Length: > 0 })
        {
            return null;
        }
        var here = Directory.GetCurrentDirectory();
        var binary = AppContext.BaseDirectory;
        return !File.Exists(Path.Combine(here, "appsettings.json")) && File.Exists(Path.Combine(binary, "appsettings.json"))
            ? binary
            : null;
    }
}
