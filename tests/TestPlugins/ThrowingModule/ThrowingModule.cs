using Ctg.Sdk;

namespace TestPlugins.ThrowingModule;

/// <summary>A module whose constructor fails, as a plugin with a missing configuration file would.</summary>
public sealed class ThrowingModule : CtgModule
{
    public const string Message = "Fichier de configuration de l'extension introuvable";

    public ThrowingModule() => throw new InvalidOperationException(Message);

    public override ModuleManifest Manifest => new("essai-constructeur", "Essai : constructeur en erreur", "1.0.0", "Échoue à sa construction.", []);
}
