using System.Text.RegularExpressions;
using Ctg.Host.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Host.Tests;

public sealed partial class SecurityHeadersTests
{
    [Fact]
    public async Task Pages_redirects_downloads_static_files_health_and_error_pages_all_carry_the_security_headers()
    {
        await using var platform = await PlatformFactory.StartAsync();
        using var visitor = platform.NewBrowser();
        using var coordination = await platform.SignedInAsync(Accounts.Coordination);
        var token = (await coordination.OpenAsync("/")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var answers = new List<(string What, HttpResponseMessage Response)>
        {
            ("une page", await visitor.GetAsync("/connexion")),
            ("une redirection", await visitor.GetAsync("/gouvernance")),
            ("une feuille de style", await visitor.GetAsync("/css/site.css")),
            ("un script", await visitor.GetAsync("/js/site.js")),
            ("une bibliothèque", await visitor.GetAsync("/lib/bootstrap/bootstrap.bundle.min.js")),
            ("/health", await visitor.GetAsync("/health")),
            ("une page introuvable", await coordination.GetAsync("/cette-page-n-existe-pas")),
            ("un formulaire sans jeton", await visitor.Client.PostAsync("/connexion", new FormUrlEncodedContent([]))),
            ("une page de formulaire", await coordination.GetAsync("/gouvernance/instances/nouvelle")),
            ("un téléchargement", await coordination.GetAsync("/gouvernance/tableau-de-bord/export.xlsx")),
            ("un envoi à une page sans formulaire", await coordination.Client.PostAsync("/gouvernance/tableau-de-bord",
                new FormUrlEncodedContent([new("__RequestVerificationToken", token)]))),
        };

        var errorPages = new Dictionary<string, (HttpStatusCode Status, string Heading)>
        {
            ["une page introuvable"] = (HttpStatusCode.NotFound, "Page introuvable"),
            ["un formulaire sans jeton"] = (HttpStatusCode.BadRequest, "Formulaire expiré"),
            ["un envoi à une page sans formulaire"] = (HttpStatusCode.MethodNotAllowed, "Action impossible sur cette page"),
        };
        foreach (var (what, response) in answers)
        {
            if (errorPages.TryGetValue(what, out var expected))
            {
                var page = await Browser.ReadAsync(response, response.RequestMessage!.RequestUri!);
                Assert.Equal(expected.Status, response.StatusCode);
                Assert.Equal(expected.Heading, page.TextOf("main h1"));
            }
            foreach (var (name, value) in SecurityHeaders.Values)
            {
                Assert.True(HeaderOf(response, name) == value,
                    $"{what} ({(int)response.StatusCode} {response.RequestMessage!.RequestUri!.AbsolutePath}) : « {name} » vaut « {HeaderOf(response, name)} », « {value} » attendu.");
            }
            Assert.Null(HeaderOf(response, "Server"));
            response.Dispose();
        }
        Assert.Contains("script-src 'self';", SecurityHeaders.ContentSecurityPolicy);
        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.ContentSecurityPolicy);
    }

    [Fact]
    public async Task On_a_real_server_no_answer_names_the_server_and_an_error_500_is_a_French_page_with_the_headers()
    {
        await using var platform = new KestrelPlatform();
        platform.UseKestrel(0);
        platform.StartServer();
        var address = platform.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var browser = new Browser(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(address) });
        await browser.SignInAsync(Accounts.Coordination);
        var client = browser.Client;

        foreach (var path in new[] { "/health", "/css/site.css", "/connexion", "/", "/cette-page-n-existe-pas", KestrelPlatform.FailingPath })
        {
            using var response = await client.GetAsync(path);
            Assert.False(response.Headers.Contains("Server"), $"{path} annonce son serveur : {HeaderOf(response, "Server")}.");
            Assert.Equal(SecurityHeaders.ContentSecurityPolicy, HeaderOf(response, "Content-Security-Policy"));
            Assert.Equal("nosniff", HeaderOf(response, "X-Content-Type-Options"));
            if (path == KestrelPlatform.FailingPath)
            {
                Assert.True(response.StatusCode == HttpStatusCode.InternalServerError, $"{(int)response.StatusCode} {response.Headers.Location}");
                Assert.Equal("DENY", HeaderOf(response, "X-Frame-Options"));
                var page = await Browser.ReadAsync(response, new Uri(client.BaseAddress!, path));
                Assert.Equal("Une erreur s'est produite", page.TextOf("main h1"));
            }
        }
    }

    private static string? HeaderOf(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    /// <summary>
    /// The platform as deployed: Kestrel rather than the in-memory test server (which never writes a Server
    /// header), in Production (the exception handler, not the developer page), with one address that fails.
    /// </summary>
    private sealed class KestrelPlatform : WebApplicationFactory<Program>
    {
        public const string FailingPath = "/essai/erreur-interne";

        private readonly string _data = TestFolders.Create("donnees");

        public KestrelPlatform() =>
            InstalledTemplate.CopyTo(InstalledTemplate.DatabaseAsync().GetAwaiter().GetResult(), Path.Combine(_data, "ctg.db"));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Ctg:DataDirectory", _data);
            builder.UseSetting("Ctg:Demo", "false");
            builder.UseSetting("Ctg:PluginsDirectory", "");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Fatal");
            builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, FailingAddress>());
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                TestFolders.Delete(_data);
            }
        }

        /// <summary>Behind the whole pipeline, so that the host's exception handler answers for it.</summary>
        private sealed class FailingAddress : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.Use((HttpContext context, RequestDelegate rest) => context.Request.Path == FailingPath
                    ? throw new InvalidOperationException("Erreur voulue par le test.")
                    : rest(context));
            };
        }
    }
}

/// <summary>
/// The security policy runs no inline script and applies no inline style: a page that brought one back would
/// silently lose it in the browser. Every kind of page the demonstration offers Coordination is read here.
/// </summary>
public sealed partial class InlineMarkupTests
{
    private const int MaxPages = 300;

    [Fact]
    public async Task No_page_of_any_module_holds_an_inline_script_a_style_attribute_or_an_event_handler_attribute()
    {
        await using var platform = await DemoPlatform.StartAsync();
        using var browser = await platform.SignedInAsync(DemoPlatform.Coordination);

        var start = new[] { "/" }.Concat(platform.Catalog.Enabled.SelectMany(m => m.Module.Navigation).Select(e => e.Path));
        var queue = new Queue<string>(start);
        var seen = new HashSet<string>();
        var read = new List<string>();
        var problems = new List<string>();
        while (queue.Count > 0 && read.Count < MaxPages)
        {
            var url = queue.Dequeue();
            if (!seen.Add(Shape(url)) || url.StartsWith("/deconnexion", StringComparison.Ordinal))
            {
                continue;
            }
            using var response = await browser.GetAsync(url);
            if ((int)response.StatusCode >= 500)
            {
                problems.Add($"{url} : erreur {(int)response.StatusCode}");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var page = await Browser.ReadAsync(response, new Uri(platform.ClientOptions.BaseAddress, url));
            read.Add(url);
            problems.AddRange(InlineMarkup(page).Select(p => $"{url} : {p}"));
            foreach (var link in DemoPlatform.LinksOf(page))
            {
                queue.Enqueue(link);
            }
        }

        Assert.True(read.Count >= 40, $"Seules {read.Count} pages ont été lues : {string.Join(", ", read)}");
        foreach (var path in new[] { "/gouvernance/seances/{id}", "/methodologie/fiches/{id}", "/methodologie/fiches/{id}/imprimer", "/dispositifs/{id}", "/methodologie/tableau-de-bord" })
        {
            Assert.Contains(path, read.Select(Shape));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static IEnumerable<string> InlineMarkup(HtmlPage page)
    {
        foreach (var script in page.Document.QuerySelectorAll("script"))
        {
            if (!script.HasAttribute("src") || script.TextContent.Trim().Length > 0)
            {
                yield return $"script en ligne « {Excerpt(script.OuterHtml)} »";
            }
        }
        foreach (var style in page.Document.QuerySelectorAll("style"))
        {
            yield return $"bloc de style en ligne « {Excerpt(style.OuterHtml)} »";
        }
        foreach (var element in page.Document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name == "style" || attribute.Name.StartsWith("on", StringComparison.Ordinal)
                    || attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"attribut {attribute.Name}=\"{Excerpt(attribute.Value)}\" sur <{element.LocalName}>";
                }
            }
        }
    }

    private static string Excerpt(string text) => text.Length <= 120 ? text : text[..120] + "…";

    /// <summary>One page per route: ids and the query left out ("/methodologie/fiches/{id}").</summary>
    private static string Shape(string url) => Ids().Replace(url.Split('?')[0], "{id}");

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Ids();
}
