namespace Ctg.Host.Hosting;

/// <summary>What the platform was asked to do: serve (the default), serve the demo, or install and exit.</summary>
public sealed record CommandLine(string[] HostArguments, bool Demo, SetupArguments? Setup, string? Error)
{
    public const string Usage = """
        Utilisation :
          dotnet run --project src/Host                     démarre la plateforme
          dotnet run --project src/Host -- --demo           démarre la démonstration (CC Yonne Nord)
          dotnet run --project src/Host -- setup --epci <SIREN> --admin-email <adresse> [--admin-name <nom>]
                                                            installe la plateforme sans navigateur ;
                                                            mot de passe : variable CTG_ADMIN_PASSWORD, sinon saisi
        """;

    public static CommandLine Parse(string[] args)
    {
        var rest = new List<string>();
        var demo = false;
        var isSetup = args.Length > 0 && args[0] == "setup";
        string? epci = null, email = null, name = null;
        for (var i = isSetup ? 1 : 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--demo":
                    demo = true;
                    break;
                case "--epci" or "--admin-email" or "--admin-name" when isSetup:
                    if (i + 1 >= args.Length)
                    {
                        return Fail($"L'option {arg} attend une valeur.");
                    }
                    var value = args[++i];
                    if (arg == "--epci") epci = value;
                    else if (arg == "--admin-email") email = value;
                    else name = value;
                    break;
                case "--admin-password" or "--password":
                    return Fail("Un mot de passe ne se donne jamais sur la ligne de commande : utilisez la variable CTG_ADMIN_PASSWORD ou la saisie.");
                default:
                    rest.Add(arg);
                    break;
            }
        }
        if (!isSetup)
        {
            return new CommandLine([.. rest], demo, null, null);
        }
        if (epci is null || email is null)
        {
            return Fail("La commande setup attend --epci <SIREN> et --admin-email <adresse>.");
        }
        return new CommandLine([.. rest], demo, new SetupArguments(epci, email, name), null);
    }

    private static CommandLine Fail(string error) => new([], false, null, error);
}

public sealed record SetupArguments(string Epci, string AdminEmail, string? AdminName);
