using Ctg.Sdk;

namespace TestPlugins.Extension;

/// <summary>
/// A plugin another territory could write and drop into the plugins folder: one page, behind sign-in,
/// that uses what the host offers every module (the territory, the current user, the page shell).
/// </summary>
public sealed class ExtensionModule : CtgModule
{
    public const string Id = "essai-extension";
    public const string Path = "/essai-extension";

    public override ModuleManifest Manifest { get; } =
        new ModuleManifest(Id, "Extension d'essai", "1.2.3", "Une extension tierce déposée dans le dossier des extensions.", [])
        {
            Author = "Territoire d'essai",
        };

    public override IEnumerable<NavigationEntry> Navigation => [new("Extension d'essai", Path, "plug", 90)];
}
