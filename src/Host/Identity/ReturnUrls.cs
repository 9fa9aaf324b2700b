namespace Ctg.Host.Identity;

/// <summary>Where to go after signing in: a page of this site, never another one.</summary>
public static class ReturnUrls
{
    /// <summary>
    /// The return address if it is a plain local path ("/admin/modules?onglet=1"), otherwise the home page.
    /// Only printable ASCII is accepted: the sign-in challenge always sends the path percent-encoded, while a
    /// space or control character could end up in the Location header (which refuses it) or be read by a
    /// browser as the start of another host ("/\u3000/evil.example").
    /// </summary>
    public static string LocalOrHome(string? returnUrl) => IsPlainLocalPath(returnUrl) ? returnUrl! : "/";

    private static bool IsPlainLocalPath(string? url) =>
        url is { Length: > 0 and <= 2048 }
        && url[0] == '/'
        && (url.Length == 1 || url[1] is not ('/' or '\\'))
        && url.All(c => c is > ' ' and < '\u007F' and not '\\');
}
