using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Ctg.Host.Hosting;

/// <summary>
/// Structured logs to the console and to daily files (compact JSON) in the data folder. Requests are logged
/// by path and status, without query strings or form content, so that no password or personal data is kept.
/// </summary>
public static class Logging
{
    public static Serilog.ILogger Create(IConfiguration configuration, CtgSettings settings)
    {
        var logs = configuration["Ctg:LogDirectory"] is { Length: > 0 } folder
            ? Path.GetFullPath(folder, settings.DataDirectory)
            : Path.Combine(settings.DataDirectory, "logs");
        return new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                formatProvider: French.Culture)
            .WriteTo.File(new CompactJsonFormatter(), Path.Combine(logs, "ctg-.json"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31, shared: true)
            .CreateLogger();
    }
}
