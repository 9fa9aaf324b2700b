using Ctg.Host.Demo;

namespace Ctg.Host.Tests;

public sealed class DemoTests
{
    private const string DemoPassword = "Demo-Essai-2026";

    [Fact]
    public async Task Demo_mode_installs_CC_Yonne_Nord_labels_its_pages_and_opens_the_demo_accounts()
    {
        var previous = Environment.GetEnvironmentVariable(DemoSeeder.PasswordVariable);
        Environment.SetEnvironmentVariable(DemoSeeder.PasswordVariable, DemoPassword);
        try
        {
            await using var platform = await PlatformFactory.StartAsync(new PlatformOptions { Installed = false, Demo = true });
            using var browser = platform.NewBrowser();

            // Installed at start-up: no installation page.
            var signIn = await browser.OpenAsync("/");
            Assert.Equal("/connexion", signIn.Path);
            AssertDemoLabel(signIn);
            Assert.Contains(YonneNord.Name, signIn.TextOf("header .navbar-brand"));

            await browser.SignInAsync(new Account("coordination@demo.local", "Camille Martin", Sdk.Roles.Coordination, DemoPassword));
            var home = await browser.OpenAsync("/");
            Assert.Contains("Bonjour Camille Martin", home.Text);
            Assert.Contains($"{YonneNord.Communes} communes, {YonneNord.Population} habitants", home.Text);
            AssertDemoLabel(home);
            foreach (var entry in platform.Catalog.Enabled.SelectMany(m => m.Module.Navigation).Where(e => e.Policy != Sdk.Policies.Administration))
            {
                var page = await browser.OpenAsync(entry.Path);
                Assert.Equal(HttpStatusCode.OK, page.Status);
                AssertDemoLabel(page);
            }

            // The demonstration never touches the real database.
            Assert.True(File.Exists(Path.Combine(platform.DataDirectory, "ctg-demo.db")));
            Assert.False(File.Exists(Path.Combine(platform.DataDirectory, "ctg.db")));
        }
        finally
        {
            Environment.SetEnvironmentVariable(DemoSeeder.PasswordVariable, previous);
        }
    }

    private static void AssertDemoLabel(HtmlPage page) =>
        Assert.True(page.Text.Contains("données de démonstration", StringComparison.OrdinalIgnoreCase),
            $"{page.Path} ne signale pas les données de démonstration.");
}
