using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Ctg.Host.Tests.Methodology;

/// <summary>
/// Writes the Methodology rows the follow-up pages and the briefs read (plans, nodes, placements, fiches with
/// pilote, météo and last change, jalons, history, indicator links, demandes d'appui) straight into a
/// platform's database, in the formats EF Core uses there.
/// </summary>
public sealed class DashboardData : IDisposable
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Ctg.Sdk.French.TimeZone).DateTime);

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;

    public DashboardData(PlatformFactory platform)
    {
        _connection = platform.OpenDatabase();
        _transaction = _connection.BeginTransaction();
    }

    /// <summary>A fiche number no other test uses: numbers are unique.</summary>
    public static string NewNumber() => "D" + Random.Shared.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);

    /// <param name="status">The enum's name: EnCours, Realisee...</param>
    /// <param name="meteo">Favorable, Vigilance, Difficulte, or null.</param>
    /// <param name="updatedDaysAgo">Days since the fiche's last change.</param>
    public Guid Fiche(string number, string title, string status = "EnCours", int progress = 0, string? meteo = null, DateOnly? deadline = null,
        string? pilote = null, string? piloteUserId = null, int updatedDaysAgo = 0, string? theme = null, string? decisionAwaited = null) =>
        Insert("Met_FichesActions", new()
        {
            ["Number"] = number, ["Title"] = title, ["Status"] = status, ["Progress"] = progress, ["Meteo"] = meteo, ["Deadline"] = deadline,
            ["Pilote"] = pilote, ["PiloteUserId"] = piloteUserId, ["Theme"] = theme, ["DecisionAwaited"] = decisionAwaited,
            ["Priority"] = "Normale", ["CreatedAt"] = Instant(DateTimeOffset.UtcNow.AddDays(-500)),
            ["UpdatedAt"] = Instant(DateTimeOffset.UtcNow.AddDays(-updatedDaysAgo)), ["Version"] = 1,
        });

    public Guid Jalon(Guid fiche, string title, DateOnly due, DateOnly? done = null) =>
        Insert("Met_FicheJalons", new() { ["FicheId"] = fiche, ["Title"] = title, ["DueOn"] = due, ["DoneOn"] = done });

    public Guid Plan(string title, string levels = "Axe|Objectif") =>
        Insert("Met_Plans", new() { ["Title"] = title, ["LevelLabels"] = levels, ["CreatedAt"] = Instant(DateTimeOffset.UtcNow), ["Version"] = 1 });

    public Guid Node(Guid plan, Guid? parent, int depth, int position, string code, string title) =>
        Insert("Met_PlanNodes", new() { ["PlanId"] = plan, ["ParentId"] = parent, ["Depth"] = depth, ["Position"] = position, ["Code"] = code, ["Title"] = title });

    public void Place(Guid plan, Guid fiche, Guid? node, int position = 0) =>
        Execute("INSERT INTO \"Met_PlanFiches\" (\"PlanId\", \"FicheId\", \"NodeId\", \"Position\") VALUES ($1, $2, $3, $4)", plan, fiche, node, position);

    public void Change(Guid fiche, DateTimeOffset at, string userName, string field, string? oldValue, string? newValue) =>
        Execute("INSERT INTO \"Met_FicheChanges\" (\"FicheId\", \"At\", \"UserName\", \"Field\", \"OldValue\", \"NewValue\") VALUES ($1, $2, $3, $4, $5, $6)",
            fiche, Instant(at), userName, field, oldValue, newValue);

    public void Indicator(Guid fiche, string reference, string name) =>
        Execute("INSERT INTO \"Met_FicheIndicateurs\" (\"FicheId\", \"Reference\", \"Name\") VALUES ($1, $2, $3)", fiche, reference, name);

    /// <param name="status">Recue, EnCours, Traitee, SansSuite.</param>
    public Guid Demande(string subject, string status, DateOnly? dueOn) =>
        Insert("Met_DemandesAppui", new()
        {
            ["Subject"] = subject, ["RequesterName"] = "Maire de Chéu", ["RequesterKind"] = "Elu", ["ReceivedOn"] = Today.AddDays(-30),
            ["DueOn"] = dueOn, ["Status"] = status, ["CreatedAt"] = Instant(DateTimeOffset.UtcNow), ["Version"] = 1,
        });

    /// <summary>The host's id of an account: a fiche's pilote account is this id.</summary>
    public string UserId(Account account)
    {
        using var command = Command("SELECT Id FROM Plateforme_Utilisateurs WHERE NormalizedEmail = $1", account.Email.ToUpperInvariant());
        return (string)command.ExecuteScalar()!;
    }

    public void Execute(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _transaction.Commit();
        _transaction.Dispose();
        _connection.Dispose();
    }

    public static long Count(PlatformFactory platform, string sql, params object?[] parameters)
    {
        using var connection = platform.OpenDatabase();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters.AddWithValue("$" + (i + 1), Format(parameters[i]));
        }
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>As EF Core's DateTimeOffsetToBinaryConverter writes an instant.</summary>
    public static long Instant(DateTimeOffset at) => ((at.Ticks / 1000) << 11) | ((long)at.Offset.TotalMinutes & 0x07FF);

    private SqliteCommand Command(string sql, params object?[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters.AddWithValue("$" + (i + 1), Format(parameters[i]));
        }
        return command;
    }

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
