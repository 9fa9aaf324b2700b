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

    public static CtgSettings From(IConfiguration configuration, string contentRoot)
    {
        var dataDirectory = Path.GetFullPath(configuration["Ctg:DataDirectory"] is { Length: > 0 } d ? d : "data", contentRoot);
        var demo = configuration.GetValue<bool>("Ctg:Demo");
        var plugins = configuration["Ctg:PluginsDirectory"];
        var file = Path.Combine(dataDirectory, demo ? "ctg-demo.db" : "ctg.db");
        return new CtgSettings
        {
            DataDirectory = dataDirectory,
            ExtraPluginsDirectory = string.IsNullOrWhiteSpace(plugins) ? null : Path.GetFullPath(plugins, contentRoot),
            Demo = demo,
            DatabaseFile = file,
            ConnectionString = configuration.GetConnectionString("Ctg") is { Length: > 0 } cs
                ? cs
                : $"Data Source={file};Cache=Shared;Pooling=True",
        };
    }
}
