using System.Reflection;
using Ctg.Sdk;

namespace Ctg.Host.Plugins;

/// <summary>A module that passed every check and runs.</summary>
public sealed record LoadedModule(CtgModule Module, Assembly Assembly, string Folder)
{
    public ModuleManifest Manifest => Module.Manifest;
}
