using AngleSharp.Css.Dom;
using Ganss.Xss;

namespace Ctg.Modules.Governance.Seances;

/// <summary>
/// What a compte rendu may contain: paragraphs, emphasis, lists, small headings, plain tables and links to
/// web pages or e-mail addresses. Scripts, event handlers, styles and anything else are removed before the
/// text is stored.
/// </summary>
public static class MinutesSanitizer
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string? Sanitize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }
        var clean = Sanitizer.Sanitize(html).Trim();
        return clean.Length == 0 ? null : clean;
    }

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "h3", "h4", "a",
                "table", "thead", "tbody", "tr", "th", "td", "caption",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "colspan", "rowspan", "scope" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<CssRuleType>(),
        });
        // A link that leaves the platform must not control the page that opened it.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", "noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
