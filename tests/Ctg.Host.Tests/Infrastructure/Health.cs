using System.Text.Json;

namespace Ctg.Host.Tests.Infrastructure;

/// <summary>What /health says, as a deployment check reads it.</summary>
public sealed record HealthReport(string Status, string Database, IReadOnlyList<HealthModule> Modules)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public HealthModule Module(string id) =>
        Modules.SingleOrDefault(m => m.Id == id) ?? throw new Xunit.Sdk.XunitException($"/health ne cite pas le module « {id} » : {string.Join(", ", Modules.Select(m => m.Id))}.");

    public static async Task<HealthReport> ReadAsync(Browser browser)
    {
        using var response = await browser.GetAsync("/health");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonSerializer.Deserialize<HealthReport>(await response.Content.ReadAsStringAsync(), Json)!;
    }
}

public sealed record HealthModule(string Id, string Name, string Version, string State, string? Reason);
