namespace Ctg.Host.Tests.Infrastructure;

/// <summary>Temporary folders of this test run, under one root removed when the process ends.</summary>
public static class TestFolders
{
    private static readonly string Root = CreateRoot();

    public static string Create(string purpose)
    {
        var folder = Path.Combine(Root, $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be open for a moment; the root goes when the process ends.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string CreateRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), $"ctg-tests-{Environment.ProcessId}");
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete(root);
        return root;
    }
}
