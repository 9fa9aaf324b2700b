using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Ctg.Host.Tests.Methodology;

/// <summary>
/// Writes Methodology rows (fiches, jalons, history lines) straight into a platform's database, in the formats
/// EF Core uses there, for tests about what other pages and modules read of them.
/// </summary>
public sealed class FicheRows : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;

    public FicheRows(PlatformFactory platform)
    {
        _connection = platform.OpenDatabase();
        _transaction = _connection.BeginTransaction();
    }

    /// <summary>A number no other test uses: fiche numbers are unique.</summary>
    public static string NewNumber() => "T" + Random.Shared.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);

    /// <param name="status">The enum's name: EnCours, Realisee...</param>
    public Guid Fiche(string number, string title, string status = "EnCours", int progress = 0, DateOnly? deadline = null, string? longText = null) =>
        Insert("Met_FichesActions", new()
        {
            ["Number"] = number, ["Title"] = title, ["Status"] = status, ["Progress"] = progress, ["Deadline"] = deadline,
            ["Priority"] = "Normale", ["Diagnostic"] = longText, ["CreatedAt"] = Instant(DateTimeOffset.UtcNow),
            ["UpdatedAt"] = Instant(DateTimeOffset.UtcNow), ["Version"] = 1,
        });

    public Guid Jalon(Guid fiche, string title, DateOnly due, DateOnly? done = null) =>
        Insert("Met_FicheJalons", new() { ["FicheId"] = fiche, ["Title"] = title, ["DueOn"] = due, ["DoneOn"] = done });

    /// <summary>A line of a fiche's history.</summary>
    public void Change(Guid fiche, DateTimeOffset at, string field, string? oldValue, string? newValue)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = "INSERT INTO \"Met_FicheChanges\" (\"FicheId\", \"At\", \"UserName\", \"Field\", \"OldValue\", \"NewValue\") VALUES ($f, $at, 'Essai', $field, $old, $new)";
        command.Parameters.AddWithValue("$f", Format(fiche));
        command.Parameters.AddWithValue("$at", Instant(at));
        command.Parameters.AddWithValue("$field", field);
        command.Parameters.AddWithValue("$old", (object?)oldValue ?? DBNull.Value);
        command.Parameters.AddWithValue("$new", (object?)newValue ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _transaction.Commit();
        _transaction.Dispose();
        _connection.Dispose();
    }

    /// <summary>As EF Core's DateTimeOffsetToBinaryConverter writes an instant.</summary>
    private static long Instant(DateTimeOffset at) => ((at.Ticks / 1000) << 11) | ((long)at.Offset.TotalMinutes & 0x07FF);

    private Guid Insert(string table, Dictionary<string, object?> values)
    {
        var id = Guid.NewGuid();
        values["Id"] = id;
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", values.Keys.Select(k => $"\"{k}\""))}) VALUES ({string.Join(", ", values.Keys.Select(k => "$" + k))})";
        foreach (var (key, value) in values)
        {
            command.Parameters.AddWithValue("$" + key, Format(value));
        }
        command.ExecuteNonQuery();
        return id;
    }

    private static object Format(object? value) => value switch
    {
        null => DBNull.Value,
        Guid guid => guid.ToString().ToUpperInvariant(),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? 1 : 0,
        _ => value,
    };
}
