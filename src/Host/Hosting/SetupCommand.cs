using System.Net.Mail;
using System.Text;
using Ctg.Host.Territories;
using Ctg.Sdk;

namespace Ctg.Host.Hosting;

/// <summary>
/// <c>setup --epci &lt;SIREN&gt; --admin-email &lt;adresse&gt;</c>: installs the platform without a browser, for
/// scripted deployments. The password comes from CTG_ADMIN_PASSWORD, or is typed at a prompt.
/// </summary>
public static class SetupCommand
{
    public const string PasswordVariable = "CTG_ADMIN_PASSWORD";

    public static async Task<int> RunAsync(IServiceProvider services, SetupArguments arguments)
    {
        await using var scope = services.CreateAsyncScope();
        var installer = scope.ServiceProvider.GetRequiredService<Installer>();
        if (await installer.IsInstalledAsync())
        {
            Console.Error.WriteLine("La plateforme est déjà installée : rien n'a été modifié.");
            return 1;
        }
        var epci = scope.ServiceProvider.GetRequiredService<EpciCatalog>().Find(arguments.Epci);
        if (epci is null)
        {
            Console.Error.WriteLine($"Aucune intercommunalité de SIREN « {arguments.Epci} » dans le référentiel national.");
            return 1;
        }
        if (!MailAddress.TryCreate(arguments.AdminEmail, out _))
        {
            Console.Error.WriteLine($"L'adresse « {arguments.AdminEmail} » n'est pas une adresse électronique valide.");
            return 1;
        }
        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            password = Prompt($"Mot de passe de l'administrateur ({arguments.AdminEmail}) : ");
        }
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine($"Aucun mot de passe : définissez {PasswordVariable} ou saisissez-le.");
            return 1;
        }
        var account = new NewAccount(arguments.AdminEmail, arguments.AdminName ?? "Administrateur", epci.Name, password, [Roles.Administrateur]);
        var errors = await installer.InstallAsync(epci, [account], demo: false);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                Console.Error.WriteLine(error.Message);
            }
            Console.Error.WriteLine("Installation annulée : rien n'a été enregistré.");
            return 1;
        }
        Console.WriteLine($"Plateforme installée pour {epci.Name} ({epci.Communes.Count} communes, {epci.Population.ToString("N0", French.Culture)} habitants).");
        Console.WriteLine($"Compte administrateur : {arguments.AdminEmail}");
        return 0;
    }

    private static string? Prompt(string label)
    {
        Console.Write(label);
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine();
        }
        var typed = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return typed.ToString();
            }
            if (key.Key == ConsoleKey.Backspace)
            {
                if (typed.Length > 0) typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
    }
}
