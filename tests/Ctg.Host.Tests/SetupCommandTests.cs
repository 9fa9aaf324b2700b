using System.Diagnostics;
using Ctg.Host.Hosting;

namespace Ctg.Host.Tests;

/// <summary><c>dotnet Ctg.Host.dll setup ...</c>, run as a deployment script would, in its own process.</summary>
public sealed class SetupCommandTests
{
    private const string AdminPassword = "Installation-Script-2026";

    [Fact]
    public async Task Setup_installs_the_platform_once_and_its_administrator_can_sign_in()
    {
        var data = TestFolders.Create("setup");
        try
        {
            var first = await RunHostAsync(data, "setup", "--epci", YonneNord.Siren, "--admin-email", "a@b.fr", "--admin-name", "Alex Admin");

            Assert.True(first.ExitCode == 0, first.Everything);
            Assert.Contains($"Plateforme installée pour {YonneNord.Name} ({YonneNord.Communes} communes, {YonneNord.Population} habitants)", first.Output);

            var second = await RunHostAsync(data, "setup", "--epci", YonneNord.Siren, "--admin-email", "autre@b.fr");

            Assert.Equal(1, second.ExitCode);
            Assert.Contains("La plateforme est déjà installée : rien n'a été modifié.", second.Error);

            await using var platform = await PlatformFactory.StartAsync(new PlatformOptions { DataDirectory = data });
            using var browser = platform.NewBrowser();
            await browser.SignInAsync(new Account("a@b.fr", "Alex Admin", Sdk.Roles.Administrateur, AdminPassword));
            Assert.Equal(HttpStatusCode.OK, (await browser.OpenAsync("/admin/modules")).Status);
            var users = await browser.OpenAsync("/admin/utilisateurs");
            Assert.DoesNotContain("autre@b.fr", users.Text);
        }
        finally
        {
            TestFolders.Delete(data);
        }
    }

    [Fact]
    public async Task A_password_given_on_the_command_line_is_refused_and_nothing_is_created()
    {
        var data = TestFolders.Create("setup");
        try
        {
            var run = await RunHostAsync(data, "setup", "--epci", YonneNord.Siren, "--admin-email", "a@b.fr", "--admin-password", "x");

            Assert.NotEqual(0, run.ExitCode);
            Assert.Contains(SetupCommand.PasswordVariable, run.Error);
            Assert.Contains("jamais sur la ligne de commande", run.Error);
            Assert.False(File.Exists(Path.Combine(data, "ctg.db")));
        }
        finally
        {
            TestFolders.Delete(data);
        }
    }

    private sealed record Run(int ExitCode, string Output, string Error)
    {
        public string Everything => $"code {ExitCode}\n{Output}\n{Error}";
    }

    private static async Task<Run> RunHostAsync(string data, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Ctg.Host.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["Ctg__DataDirectory"] = data;
        start.Environment[SetupCommand.PasswordVariable] = AdminPassword;
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new Run(process.ExitCode, HtmlPage.Normalize(await output), HtmlPage.Normalize(await error));
    }

    /// <summary>The dotnet executable running these tests, so the child uses the same runtime.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }
        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
