using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Xunit.Abstractions;

namespace Ctg.Fuzz.Tests;

/// <summary>The seed of every fuzz run: fixed, so that a failure comes back, and overridable to explore.</summary>
public static class FuzzSeed
{
    public const string Variable = "CTG_FUZZ_SEED";
    public const int Default = 20_261_204;

    public static int Value => int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : Default;
}

/// <summary>One platform per fuzz target, signed in once as Coordination.</summary>
public sealed class FuzzPlatform : InstalledPlatform;

/// <summary>What a response turned out to be, once checked.</summary>
public sealed record Answer(HttpStatusCode Status, Uri Url, string Html, Uri? Location)
{
    public bool IsRedirect => Location is not null;

    private IDocument? _document;

    public IDocument Document => _document ??= new HtmlParser().ParseDocument(Html);
}

/// <summary>
/// Runs a fuzz target: sends each generated input, checks the answer (no 5xx, no markup from the input
/// rendered as markup), checks the host still answers every 100 inputs and at the end, and collects every
/// failure with its index and its input instead of stopping at the first. <see cref="Finish"/> fails the test
/// with the seed and the first ten failures.
/// </summary>
public sealed class FuzzRun : IDisposable
{
    public const int Inputs = 1_000;

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);
    private static readonly HtmlParser Parser = new();

    private readonly string _target;
    private readonly ITestOutputHelper _output;
    private readonly List<string> _failures = [];
    private readonly Dictionary<string, int> _outcomes = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _failedInputs;
    private int _lastFailedIndex = -1;

    public FuzzRun(string target, int salt, Browser browser, PlatformFactory platform, ITestOutputHelper output)
    {
        _target = target;
        _output = output;
        Browser = browser;
        Platform = platform;
        Seed = FuzzSeed.Value;
        Hostile = new Hostile(new Random(unchecked(Seed * 31 + salt)));
        _output.WriteLine($"{target} : graine {Seed} ({FuzzSeed.Variable}={Seed} pour rejouer), {Inputs} entrées.");
    }

    public int Seed { get; }
    public Hostile Hostile { get; }
    public Browser Browser { get; }
    public PlatformFactory Platform { get; }

    /// <summary>The input being tried, as the failure report shows it.</summary>
    public int Index { get; private set; }
    public string Input { get; set; } = "";

    public bool HostDown { get; private set; }

    /// <summary>Counts what happened to the inputs ("refusée", "acceptée"…), for the report and the sanity checks.</summary>
    public void Count(string outcome)
    {
        if (!_outcomes.ContainsKey(outcome))
        {
            _output.WriteLine($"Premier cas « {outcome} » : #{Index} {Shorten(Input, 600)}");
        }
        _outcomes[outcome] = _outcomes.GetValueOrDefault(outcome) + 1;
    }

    public int Outcome(string outcome) => _outcomes.GetValueOrDefault(outcome);

    public void Fail(string what)
    {
        if (_lastFailedIndex != Index)
        {
            _failedInputs++;
            _lastFailedIndex = Index;
        }
        _failures.Add($"#{Index} {what}\n    entrée : {Input}");
    }

    public async Task RunAsync(Func<int, Task> tryInput)
    {
        for (var i = 0; i < Inputs && !HostDown; i++)
        {
            Index = i;
            Input = "";
            try
            {
                await tryInput(i);
            }
            catch (FuzzInputAbandoned)
            {
            }
            catch (Exception exception)
            {
                Fail($"exception dans le test ou le client : {exception.GetType().Name} : {Shorten(exception.Message, 400)}");
            }
            if ((i + 1) % 100 == 0)
            {
                await CheckHealthAsync();
            }
        }
        Index = Inputs;
        Input = "(fin du passage)";
        await CheckHealthAsync();
    }

    private async Task CheckHealthAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(RequestTimeout);
            using var response = await Browser.Client.GetAsync("/health", timeout.Token);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Fail($"GET /health répond {(int)response.StatusCode} : l'hôte ne répond plus normalement.");
                HostDown = true;
            }
        }
        catch (Exception exception)
        {
            Fail($"GET /health échoue ({exception.GetType().Name}) : l'hôte ne répond plus.");
            HostDown = true;
        }
    }

    public Task<Answer> GetAsync(string url) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

    /// <summary>Posts these fields, url-encoded as UTF-8 (lone surrogates kept as their own bytes).</summary>
    public Task<Answer> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var body = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            if (body.Length > 0)
            {
                body.Append('&');
            }
            body.Append(Escape(name)).Append('=').Append(Escape(value));
        }
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body.ToString()));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = content });
    }

    /// <summary>Posts these fields and a file as multipart, as a browser sends an upload form.</summary>
    public Task<Answer> PostFileAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, byte[] file, string fileName, string contentType)
    {
        var body = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            body.Add(new StringContent(value), name);
        }
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        body.Add(part, "fichier", fileName);
        return SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = body });
    }

    /// <summary>Sends the request, fails the input on a 5xx, a timeout or markup of the input rendered as markup.</summary>
    public async Task<Answer> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var timeout = new CancellationTokenSource(RequestTimeout);
            HttpResponseMessage response;
            try
            {
                response = await Browser.Client.SendAsync(request, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Fail($"{request.Method} {request.RequestUri} : pas de réponse en {RequestTimeout.TotalSeconds} s.");
                throw new FuzzInputAbandoned();
            }
            using (response)
            {
                var url = new Uri(Browser.Client.BaseAddress!, request.RequestUri!);
                var html = await response.Content.ReadAsStringAsync(timeout.Token);
                var location = response.Headers.Location is { } target ? new Uri(url, target) : null;
                var answer = new Answer(response.StatusCode, url, html, location);
                if ((int)response.StatusCode >= 500)
                {
                    Fail($"{request.Method} {url.PathAndQuery} répond {(int)response.StatusCode} : {ErrorSummary(html)}");
                    throw new FuzzInputAbandoned();
                }
                // A calendar, a CSV or a Word file holds the typed text as it is, and is never read as HTML: the
                // platform sends every answer with its own type and X-Content-Type-Options: nosniff.
                if (response.Content.Headers.ContentType?.MediaType is "text/html" or null)
                {
                    CheckMarkup(answer);
                }
                return answer;
            }
        }
    }

    /// <summary>
    /// Fails when the page renders markup the fuzz put in a value: the raw script tag anywhere in the HTML, or
    /// an element or attribute that only the hostile values create (an inline handler, data-fuzz, a
    /// javascript: link, an image from "x").
    /// </summary>
    private void CheckMarkup(Answer answer)
    {
        if (answer.Html.Length == 0 || !answer.Html.Contains("alert(1)", StringComparison.Ordinal) && !answer.Html.Contains("data-fuzz", StringComparison.Ordinal))
        {
            return;
        }
        if (answer.Html.Contains(Hostile.Script, StringComparison.OrdinalIgnoreCase))
        {
            Fail($"{answer.Url.PathAndQuery} contient « {Hostile.Script} » tel quel dans son HTML.");
            return;
        }
        var document = answer.Document;
        var created = document.All.FirstOrDefault(e =>
            e.HasAttribute("onerror") || e.HasAttribute("onload") || e.HasAttribute("data-fuzz")
            || (e.LocalName == "script" && e.TextContent.Contains("alert(1)", StringComparison.Ordinal))
            || (e.LocalName == "img" && e.GetAttribute("src") == "x")
            || (e.GetAttribute("href") is { } href && href.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)));
        if (created is not null)
        {
            Fail($"{answer.Url.PathAndQuery} affiche un élément créé par l'entrée : {Shorten(created.OuterHtml, 200)}");
        }
    }

    /// <summary>The antiforgery token and the other hidden fields of a form of the page at this address.</summary>
    public async Task<Dictionary<string, string>> HiddenFieldsAsync(string url, string formSelector) => (await FormAsync(url, formSelector)).Hidden;

    /// <summary>Where a form of the page at this address posts, with its hidden fields (the antiforgery token among them).</summary>
    public async Task<(string Action, Dictionary<string, string> Hidden, List<KeyValuePair<string, string>> Values)> FormAsync(string url, string formSelector)
    {
        var page = await Browser.OpenAsync(url);
        var form = page.Document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"Pas de formulaire « {formSelector} » sur {url} ({page.Status}).");
        var action = form.GetAttribute("action") is { Length: > 0 } target ? new Uri(page.Url, target).PathAndQuery : page.Url.PathAndQuery;
        var hidden = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").Where(i => !string.IsNullOrEmpty(i.Name))
            .GroupBy(i => i.Name!).ToDictionary(g => g.Key, g => g.First().Value);
        return (action, hidden, Browser.FormValues(form));
    }

    /// <summary>Replaces (or adds) these fields in a list of form values.</summary>
    public static List<KeyValuePair<string, string>> With(List<KeyValuePair<string, string>> values, IReadOnlyDictionary<string, string> fields)
    {
        var result = values.Where(v => !fields.ContainsKey(v.Key)).ToList();
        result.AddRange(fields);
        return result;
    }

    /// <summary>Fails the test if any input failed, with the seed and the first ten failures.</summary>
    public void Finish(Func<string?>? sanity = null)
    {
        var outcomes = string.Join(", ", _outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} : {o.Value}"));
        _output.WriteLine($"{_target} : {Inputs} entrées en {_clock.Elapsed.TotalSeconds:0.0} s ({outcomes}).");
        if (sanity?.Invoke() is { } insane)
        {
            _failures.Add($"Le passage n'a pas éprouvé ce qu'il devait : {insane}");
            _failedInputs++;
        }
        if (_failures.Count == 0)
        {
            return;
        }
        var report = new StringBuilder()
            .AppendLine($"{_target} : {_failedInputs} entrée(s) en échec sur {Inputs}, graine {Seed} (rejouer avec {FuzzSeed.Variable}={Seed}) ; {outcomes}.")
            .AppendLine($"Les {Math.Min(10, _failures.Count)} premiers échecs sur {_failures.Count} :");
        foreach (var failure in _failures.Take(10))
        {
            report.AppendLine(failure);
        }
        Assert.Fail(report.ToString());
    }

    /// <summary>The input as a report shows it: escaped, shortened, with its length.</summary>
    public static string Describe(string value)
    {
        var builder = new StringBuilder();
        foreach (var c in value.Length > 300 ? value[..300] : value)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFF' or '\uFEFF' or '\u200B' or '\u202E' or '\u2028' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return value.Length > 300 ? $"« {builder}… » ({value.Length} caractères)" : $"« {builder} »";
    }

    public static string Shorten(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    /// <summary>What an error page says: its exception line when the developer page shows one, its title otherwise.</summary>
    private static string ErrorSummary(string html)
    {
        var document = Parser.ParseDocument(html);
        var text = document.QuerySelector(".titleerror, h1, title")?.TextContent ?? html;
        var stack = document.QuerySelector(".rawExceptionStackPlain, #stackpage pre, pre")?.TextContent;
        return Shorten(HtmlPage.Normalize(text), 300) + (stack is null ? "" : "\n    " + Shorten(stack.Trim(), 1500));
    }

    private static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length * 3);
        foreach (var b in Hostile.Wtf8(value))
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        return builder.ToString();
    }

    public void Dispose() => Browser.Dispose();
}

/// <summary>Thrown once an input has failed, to go on with the next one.</summary>
public sealed class FuzzInputAbandoned : Exception;
