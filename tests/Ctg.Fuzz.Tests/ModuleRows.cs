using Microsoft.Data.Sqlite;

namespace Ctg.Fuzz.Tests;

/// <summary>
/// The row counts of a module's tables (by their prefix, "Gov_" or "Met_"), read on a connection of the test's
/// own, to tell a refused input that wrote nothing from one that left half of itself behind.
/// </summary>
public sealed class ModuleRows : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _count;

    public ModuleRows(PlatformFactory platform, string prefix)
    {
        _connection = platform.OpenDatabase();
        using (var tables = _connection.CreateCommand())
        {
            tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE $prefix ORDER BY name";
            tables.Parameters.AddWithValue("$prefix", prefix + "%");
            using var reader = tables.ExecuteReader();
            var names = new List<string>();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
            Tables = names;
        }
        _count = _connection.CreateCommand();
        _count.CommandText = "SELECT " + string.Join(", ", Tables.Select(t => $"(SELECT COUNT(*) FROM \"{t}\")"));
    }

    public IReadOnlyList<string> Tables { get; }

    public Dictionary<string, long> Counts()
    {
        using var reader = _count.ExecuteReader();
        reader.Read();
        return Tables.Select((table, i) => (table, count: reader.GetInt64(i))).ToDictionary(t => t.table, t => t.count);
    }

    /// <summary>How many rows of the table have this value in this column (0 when the table has no such column).</summary>
    public long Owned(string table, string column, Guid id)
    {
        using var columns = _connection.CreateCommand();
        columns.CommandText = $"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = '{column}'";
        if ((long)columns.ExecuteScalar()! == 0)
        {
            return 0;
        }
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE \"{column}\" = $id";
        command.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The tables whose count changed, as "table : avant → après".</summary>
    public static string? Changes(Dictionary<string, long> before, Dictionary<string, long> after, Func<string, long>? expectedDelta = null)
    {
        var wrong = before.Keys
            .Where(t => after[t] - before[t] != (expectedDelta?.Invoke(t) ?? 0))
            .Select(t => $"{t} : {before[t]} → {after[t]}" + (expectedDelta is null ? "" : $" (attendu {before[t] + expectedDelta(t)})"))
            .ToList();
        return wrong.Count == 0 ? null : string.Join(", ", wrong);
    }

    public void Dispose()
    {
        _count.Dispose();
        _connection.Dispose();
    }
}
