using Ctg.Sdk;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;
using Xunit;

namespace Ctg.Architecture.Tests;

/// <summary>
/// The rules that keep the platform a modular monolith: the host knows modules only through the Sdk,
/// a module never knows another module, and a plugin has no more access than a module.
/// </summary>
public sealed class DependencyTests
{
    [Fact]
    public void The_platform_modules_are_among_the_inspected_assemblies()
    {
        var names = Plugins.All.Select(a => a.GetName().Name).ToList();

        Assert.All(Plugins.PlatformModules, module => Assert.Contains(module, names));
    }

    [Theory]
    [MemberData(nameof(Plugins.Cases), MemberType = typeof(Plugins))]
    public void A_module_or_plugin_references_no_platform_assembly_but_the_Sdk(string name)
    {
        var plugin = Plugins.Named(name);
        var others = Plugins.All.Where(a => a != plugin).Select(a => a.GetName().Name).ToHashSet();

        var forbidden = plugin.ReferencedNames()
            .Where(r => others.Contains(r) || (r.StartsWith("Ctg.", StringComparison.Ordinal) && r != Plugins.Sdk.GetName().Name))
            .ToList();

        Assert.True(forbidden.Count == 0, $"{name} référence {string.Join(", ", forbidden)} : un module ne connaît que le Sdk.");
    }

    [Theory]
    [MemberData(nameof(Plugins.Cases), MemberType = typeof(Plugins))]
    public void A_module_or_plugin_uses_no_type_of_the_host_or_of_another_module(string name)
    {
        var plugin = Plugins.Named(name);
        // Each assembly's root namespace is its name (Ctg.Modules.Governance, TestPlugins.Extension...).
        var foreign = Plugins.All.Where(a => a != plugin).Select(a => a.GetName().Name!).Append("Ctg.Host").ToArray();

        var result = Types.InAssembly(plugin).ShouldNot().HaveDependencyOnAny(foreign).GetResult();

        Assert.True(result.IsSuccessful, $"{name} dépend de types qui ne sont pas à lui : {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_host_references_no_module_or_plugin()
    {
        var plugins = Plugins.All.Select(a => a.GetName().Name).ToHashSet();

        var forbidden = Plugins.Host.ReferencedNames()
            .Where(r => plugins.Contains(r) || r.StartsWith("Ctg.Modules.", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(forbidden);
        Assert.True(Types.InAssembly(Plugins.Host).ShouldNot().HaveDependencyOn("Ctg.Modules").GetResult().IsSuccessful);
    }

    [Fact]
    public void The_Sdk_depends_on_neither_the_host_nor_any_module()
    {
        var forbidden = Plugins.Sdk.ReferencedNames().Where(r => r.StartsWith("Ctg.", StringComparison.Ordinal)).ToList();

        Assert.Empty(forbidden);
        var result = Types.InAssembly(Plugins.Sdk).ShouldNot().HaveDependencyOnAny("Ctg.Host", "Ctg.Modules").GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Theory]
    [MemberData(nameof(Plugins.Cases), MemberType = typeof(Plugins))]
    public void A_module_or_plugin_has_exactly_one_module_class_the_host_can_create(string name)
    {
        var modules = Plugins.Named(name).GetTypes()
            .Where(t => t.IsSubclassOf(typeof(CtgModule)) && t is { IsAbstract: false, IsPublic: true })
            .ToList();

        var module = Assert.Single(modules);
        Assert.NotNull(module.GetConstructor(Type.EmptyTypes));
    }

    [Theory]
    [MemberData(nameof(Plugins.Cases), MemberType = typeof(Plugins))]
    public void A_module_keeps_its_data_in_a_module_DbContext(string name)
    {
        // ModuleDbContext gives the module's tables their prefix; the host gives each its own history table.
        var contexts = Plugins.Named(name).GetTypes().Where(t => t.IsSubclassOf(typeof(DbContext)) && !t.IsAbstract);

        Assert.All(contexts, context => Assert.True(context.IsSubclassOf(typeof(ModuleDbContext)),
            $"{context.FullName} doit dériver de ModuleDbContext."));
    }
}
