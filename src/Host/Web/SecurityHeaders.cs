namespace Ctg.Host.Web;

/// <summary>
/// The headers that tell a browser what a page of the platform may do, on every answer the host gives: pages,
/// downloads, static files, <c>/health</c>, redirects and error pages. The policy allows no inline script, no
/// inline style attribute and no framing: scripts live in <c>wwwroot/js</c>, styles in <c>wwwroot/css</c>
/// (a test renders the main pages of every module and checks that they hold none).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The platform uses none of these powerful features; a script that slipped in cannot either.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public static readonly IReadOnlyDictionary<string, string> Values = new Dictionary<string, string>
    {
        ["Content-Security-Policy"] = ContentSecurityPolicy,
        ["X-Content-Type-Options"] = "nosniff",
        ["X-Frame-Options"] = "DENY",
        ["Referrer-Policy"] = "same-origin",
        ["Permissions-Policy"] = PermissionsPolicy,
        ["Cross-Origin-Opener-Policy"] = "same-origin",
    };

    public Task InvokeAsync(HttpContext context)
    {
        // Set when the headers leave, not now: the exception handler clears the response before it shows the
        // error page, and antiforgery would otherwise add its own, weaker X-Frame-Options.
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            foreach (var (name, value) in Values)
            {
                headers[name] = value;
            }
            headers.Remove("Server");
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}

public static class SecurityHeadersExtensions
{
    /// <summary>First in the pipeline, so that static files, redirects and error pages get the headers too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.UseMiddleware<SecurityHeaders>();
}
