using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Xunit;

namespace Ctg.Architecture.Tests;

/// <summary>
/// A <see cref="RangeAttribute"/> given int bounds converts the value to an int before comparing: on a decimal,
/// long or double property a large value throws OverflowException, a 500 instead of a message next to the
/// field (a financing amount of 2 147 483 648 € did). Such a property takes bounds of its own type.
/// </summary>
public sealed class RangeTests
{
    private static readonly Type[] IntSized = [typeof(int), typeof(short), typeof(byte), typeof(sbyte), typeof(ushort)];

    public static IEnumerable<object[]> Assemblies =>
        Plugins.All.Append(Plugins.Host).Append(Plugins.Sdk).Select(a => new object[] { a.GetName().Name! });

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void A_range_with_int_bounds_is_only_on_a_property_that_an_int_holds(string name)
    {
        var assembly = name == Plugins.Host.GetName().Name ? Plugins.Host : name == Plugins.Sdk.GetName().Name ? Plugins.Sdk : Plugins.Named(name);
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        var wrong = assembly.GetTypes()
            .SelectMany(t => t.GetProperties(all).Select(p => (Member: $"{t.FullName}.{p.Name}", Type: p.PropertyType, Range: p.GetCustomAttribute<RangeAttribute>()))
                .Concat(t.GetFields(all).Select(f => (Member: $"{t.FullName}.{f.Name}", Type: f.FieldType, Range: f.GetCustomAttribute<RangeAttribute>()))))
            .Where(m => m.Range?.OperandType == typeof(int) && !IntSized.Contains(Nullable.GetUnderlyingType(m.Type) ?? m.Type))
            .Select(m => $"{m.Member} ({m.Type.Name})")
            .ToList();

        Assert.True(wrong.Count == 0, $"[Range] aux bornes entières sur : {string.Join(", ", wrong)} ; donnez des bornes du type de la propriété (typeof(decimal), \"0\", \"…\").");
    }
}
