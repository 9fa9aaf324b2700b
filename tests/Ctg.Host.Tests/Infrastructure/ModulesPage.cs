namespace Ctg.Host.Tests.Infrastructure;

/// <summary>A row of /admin/modules, as the administrator reads it.</summary>
public sealed record ModuleRow(string Id, string State, string? Reason, string Text)
{
    public static async Task<IReadOnlyList<ModuleRow>> ReadAllAsync(Browser administrator)
    {
        var page = await administrator.OpenAsync("/admin/modules");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelectorAll("tr[data-module]").Select(row => new ModuleRow(
                row.GetAttribute("data-module")!,
                HtmlPage.Normalize(row.QuerySelector(".module-state")?.TextContent ?? ""),
                row.QuerySelector(".failure-reason") is { } reason ? HtmlPage.Normalize(reason.TextContent) : null,
                HtmlPage.Normalize(row.TextContent)))
            .ToList();
    }

    public static async Task<ModuleRow> ReadAsync(Browser administrator, string id)
    {
        var rows = await ReadAllAsync(administrator);
        return rows.SingleOrDefault(r => r.Id == id)
            ?? throw new Xunit.Sdk.XunitException($"/admin/modules ne cite pas le module « {id} » : {string.Join(", ", rows.Select(r => r.Id))}.");
    }
}
