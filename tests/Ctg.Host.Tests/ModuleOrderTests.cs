using Ctg.Host.Plugins;

namespace Ctg.Host.Tests;

/// <summary>The catalog's one order of the modules (<see cref="PluginCatalog.Order"/>), on hand-made manifests.</summary>
public sealed class ModuleOrderTests
{
    private sealed record Module(string Id, string[] Dependencies, string[] SeedsAfter);

    private static List<string> Order(params Module[] modules) =>
        PluginCatalog.Order(modules, m => m.Id, m => m.Dependencies, m => m.SeedsAfter).Select(m => m.Id).ToList();

    [Fact]
    public void Modules_that_need_nothing_of_each_other_keep_the_order_given() =>
        Assert.Equal(["dispositifs", "evaluation", "governance", "methodology"],
            Order(new("dispositifs", [], []), new("evaluation", [], []), new("governance", [], []), new("methodology", [], [])));

    [Fact]
    public void A_module_comes_after_those_it_seeds_after_and_after_its_dependencies() =>
        Assert.Equal(["evaluation", "governance", "dispositifs", "extension", "methodology"],
            Order(
                new("dispositifs", [], ["governance"]),
                new("evaluation", [], []),
                new("extension", ["dispositifs"], []),
                new("governance", [], []),
                new("methodology", [], ["governance", "dispositifs"])));

    [Fact]
    public void Seeds_after_an_absent_module_changes_nothing() =>
        Assert.Equal(["dispositifs", "governance"], Order(new("dispositifs", [], ["methodology"]), new("governance", [], [])));

    [Fact]
    public void A_cycle_of_seeds_after_is_broken_in_the_order_given_without_losing_a_module() =>
        Assert.Equal(["c", "a", "b"], Order(new("a", [], ["b"]), new("b", [], ["a"]), new("c", [], [])));

    [Fact]
    public void A_dependency_wins_over_a_seeds_after_that_contradicts_it() =>
        Assert.Equal(["b", "a"], Order(new("a", ["b"], []), new("b", [], ["a"])));

    [Fact]
    public void Modules_in_a_dependency_cycle_come_last() =>
        Assert.Equal(["c", "a", "b"], Order(new("a", ["b"], []), new("b", ["a"], []), new("c", [], ["a"])));
}
