using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Ctg.Host.Tests.Infrastructure;

/// <summary>
/// Rows written straight into a platform's SQLite database, in the formats EF Core uses there, for the test
/// data builders of the modules (FiguresData, MethodologyData).
/// </summary>
internal static class SqliteRows
{
    /// <summary>Inserts one row, with a new id, in the transaction; returns the id.</summary>
    /// <param name="values">Column values by name; the "Id" column is added.</param>
    public static Guid Insert(SqliteConnection connection, SqliteTransaction transaction, string table, Dictionary<string, object?> values)
    {
        var id = Guid.NewGuid();
        values["Id"] = id;
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", values.Keys.Select(k => $"\"{k}\""))}) VALUES ({string.Join(", ", values.Keys.Select(k => "$" + k))})";
        foreach (var (key, value) in values)
        {
            command.Parameters.AddWithValue("$" + key, Format(value));
        }
        command.ExecuteNonQuery();
        return id;
    }

    /// <summary>A value as EF Core stores it on SQLite.</summary>
    public static object Format(object? value) => value switch
    {
        null => DBNull.Value,
        Guid guid => guid.ToString().ToUpperInvariant(),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        decimal amount => amount.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? 1 : 0,
        _ => value,
    };
}
