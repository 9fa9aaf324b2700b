namespace Ctg.Modules.Methodology.Tests.Import;

internal static class Fixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "fixtures", name);

    public static string Fiche17Text => File.ReadAllText(Path("fiche-action-17.txt"));

    public static byte[] Fiche17Docx => File.ReadAllBytes(Path("fiche-action-17.docx"));
}
