using Xunit;

namespace Ctg.Sdk.Tests;

public class SdkCompatibilityTests
{
    [Theory]
    [InlineData("1.3")]
    [InlineData("1.2")]
    [InlineData("1.1")]
    [InlineData("1.0")]
    public void A_module_built_for_this_sdk_or_an_older_minor_is_accepted(string builtFor)
    {
        Assert.True(SdkInfo.IsCompatible(builtFor, out var reason));
        Assert.Equal("", reason);
    }

    [Theory]
    [InlineData("0.9")]
    [InlineData("2.0")]
    [InlineData("1.4")]
    public void A_module_built_for_another_major_or_a_newer_minor_is_refused_with_a_french_reason(string builtFor)
    {
        Assert.False(SdkInfo.IsCompatible(builtFor, out var reason));
        Assert.Contains($"construit pour le Sdk {builtFor}", reason);
        Assert.Contains("incompatible", reason);
    }

    [Fact]
    public void An_unreadable_version_is_refused()
    {
        Assert.False(SdkInfo.IsCompatible("vieux", out var reason));
        Assert.Contains("illisible", reason);
    }

    [Theory]
    [InlineData("governance", "__EFMigrationsHistory_Governance")]
    [InlineData("evaluation", "__EFMigrationsHistory_Evaluation")]
    public void Each_module_has_its_own_migration_history_table(string moduleId, string table) =>
        Assert.Equal(table, ModuleDbContext.HistoryTableFor(moduleId));
}
