using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Ctg.Sdk;

/// <summary>One step of the breadcrumb trail shown under the navigation; the last one is the current page.</summary>
public sealed record Breadcrumb(string Title, string? Path = null);

public static class BreadcrumbExtensions
{
    public const string Key = "Ctg.Breadcrumbs";

    /// <summary>Sets the page title and the trail from the home page: <c>ViewData.SetTrail("Séances", new("Gouvernance", "/gouvernance"))</c>.</summary>
    public static void SetTrail(this ViewDataDictionary viewData, string title, params Breadcrumb[] parents)
    {
        viewData["Title"] = title;
        viewData[Key] = parents.Append(new Breadcrumb(title)).ToList();
    }

    public static IReadOnlyList<Breadcrumb> Trail(this ViewDataDictionary viewData) =>
        viewData[Key] as IReadOnlyList<Breadcrumb> ?? [];
}
