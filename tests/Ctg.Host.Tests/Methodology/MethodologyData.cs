using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Ctg.Host.Tests.Methodology;

/// <summary>
/// Methodology rows written straight into a platform's database, in the formats EF Core uses there (plans,
/// nodes, placements, fiches and what hangs on them, demandes d'appui), all in one transaction committed on
/// <see cref="Dispose"/>; and what the tests read back of that database.
/// </summary>
public sealed class MethodologyData : IDisposable
{
    /// <summary>Today in France, as the pages count it.</summary>
    public static readonly DateOnly Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Ctg.Sdk.French.TimeZone).DateTime);

    private static int _lastNumber = 100_000;
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;

    public MethodologyData(PlatformFactory platform)
    {
        _connection = platform.OpenDatabase();
        _transaction = _connection.BeginTransaction();
    }

    /// <summary>A fiche number no other test of the run uses (numbers are unique, and platforms are shared).</summary>
    public static string NewNumber(string prefix = "M") => prefix + Interlocked.Increment(ref _lastNumber).ToString(CultureInfo.InvariantCulture);

    /// <summary>A fiche number as the importer reads one ("7.100.123"), unique in the run.</summary>
    public static string NewDottedNumber()
    {
        var next = Interlocked.Increment(ref _lastNumber);
        return FormattableString.Invariant($"7.{next / 1000}.{next % 1000 + 1}");
    }

    /// <param name="status">The enum's name: EnCours, Realisee...</param>
    /// <param name="meteo">Favorable, Vigilance, Difficulte, or null.</param>
    /// <param name="updatedDaysAgo">Days since the fiche's last change.</param>
    public Guid Fiche(string number, string title, string status = "EnCours", int progress = 0, string? meteo = null, DateOnly? deadline = null,
        string? pilote = null, string? piloteUserId = null, int updatedDaysAgo = 0, string? theme = null, string? decisionAwaited = null,
        string? diagnostic = null) =>
        Insert("Met_FichesActions", new()
        {
            ["Number"] = number, ["Title"] = title, ["Status"] = status, ["Progress"] = progress, ["Meteo"] = meteo, ["Deadline"] = deadline,
            ["Pilote"] = pilote, ["PiloteUserId"] = piloteUserId, ["Theme"] = theme, ["DecisionAwaited"] = decisionAwaited, ["Diagnostic"] = diagnostic,
            ["Priority"] = "Normale", ["CreatedAt"] = Instant(DateTimeOffset.UtcNow.AddDays(-500)),
            ["UpdatedAt"] = Instant(DateTimeOffset.UtcNow.AddDays(-updatedDaysAgo)), ["Version"] = 1,
        });

    public Guid Mission(Guid fiche, int position, string title, string? items) =>
        Insert("Met_FicheMissions", new() { ["FicheId"] = fiche, ["Position"] = position, ["Title"] = title, ["Items"] = items });

    public Guid Jalon(Guid fiche, string title, DateOnly due, DateOnly? done = null) =>
        Insert("Met_FicheJalons", new() { ["FicheId"] = fiche, ["Title"] = title, ["DueOn"] = due, ["DoneOn"] = done });

    public Guid Financement(Guid fiche, string funder, int year, decimal? planned, decimal? actual) =>
        Insert("Met_FicheFinancements", new() { ["FicheId"] = fiche, ["Funder"] = funder, ["Year"] = year, ["Planned"] = planned, ["Actual"] = actual });

    /// <summary>A line of a fiche's history.</summary>
    public void Change(Guid fiche, DateTimeOffset at, string field, string? oldValue, string? newValue, string userName = "Essai") =>
        Execute("INSERT INTO \"Met_FicheChanges\" (\"FicheId\", \"At\", \"UserName\", \"Field\", \"OldValue\", \"NewValue\") VALUES ($1, $2, $3, $4, $5, $6)",
            fiche, Instant(at), userName, field, oldValue, newValue);

    public void Indicator(Guid fiche, string reference, string name) =>
        Execute("INSERT INTO \"Met_FicheIndicateurs\" (\"FicheId\", \"Reference\", \"Name\") VALUES ($1, $2, $3)", fiche, reference, name);

    public const string ThreeLevels = "Axe|Enjeu|Objectif opérationnel";

    public Guid Plan(string title, string levels = "Axe|Objectif", DateOnly? start = null, DateOnly? end = null) =>
        Insert("Met_Plans", new()
        {
            ["Title"] = title, ["LevelLabels"] = levels, ["StartsOn"] = start, ["EndsOn"] = end, ["CreatedAt"] = Instant(DateTimeOffset.UtcNow), ["Version"] = 1,
        });

    public Guid Node(Guid plan, Guid? parent, int depth, int position, string code, string title) =>
        Insert("Met_PlanNodes", new() { ["PlanId"] = plan, ["ParentId"] = parent, ["Depth"] = depth, ["Position"] = position, ["Code"] = code, ["Title"] = title });

    /// <summary>A plan of two levels with one axis, "1 – Petite enfance", written at once.</summary>
    public static (Guid Plan, Guid Node) PlanWithOneAxis(PlatformFactory platform, string title)
    {
        using var data = new MethodologyData(platform);
        var plan = data.Plan(title);
        return (plan, data.Node(plan, null, 0, 1, "1", "Petite enfance"));
    }

    public void Place(Guid plan, Guid fiche, Guid? node, int position = 0) =>
        Execute("INSERT INTO \"Met_PlanFiches\" (\"PlanId\", \"FicheId\", \"NodeId\", \"Position\") VALUES ($1, $2, $3, $4)", plan, fiche, node, position);

    /// <param name="status">Recue, EnCours, Traitee, SansSuite.</param>
    public Guid Demande(string subject, string status, DateOnly? dueOn) =>
        Insert("Met_DemandesAppui", new()
        {
            ["Subject"] = subject, ["RequesterName"] = "Maire de Chéu", ["RequesterKind"] = "Elu", ["ReceivedOn"] = Today.AddDays(-30),
            ["DueOn"] = dueOn, ["Status"] = status, ["CreatedAt"] = Instant(DateTimeOffset.UtcNow), ["Version"] = 1,
        });

    /// <summary>Runs a statement in the transaction; parameters are $1, $2...</summary>
    public void Execute(string sql, params object?[] parameters)
    {
        using var command = Command(_connection, sql, parameters);
        command.Transaction = _transaction;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _transaction.Commit();
        _transaction.Dispose();
        _connection.Dispose();
    }

    /// <summary>Reads one value of the database, outside any seeding transaction; parameters are $1, $2...</summary>
    public static object? Scalar(PlatformFactory platform, string sql, params object?[] parameters)
    {
        using var connection = platform.OpenDatabase();
        using var command = Command(connection, sql, parameters);
        return command.ExecuteScalar();
    }

    public static long Count(PlatformFactory platform, string sql, params object?[] parameters) => (long)Scalar(platform, sql, parameters)!;

    /// <summary>The host's id of an account: a fiche's pilote account is this id.</summary>
    public static string UserId(PlatformFactory platform, Account account) =>
        (string)Scalar(platform, "SELECT Id FROM Plateforme_Utilisateurs WHERE NormalizedEmail = $1", account.Email.ToUpperInvariant())!;

    /// <summary>What the Evaluation module's journal recorded of Methodology's notifications.</summary>
    public static IReadOnlyList<string> Journal(PlatformFactory platform)
    {
        using var connection = platform.OpenDatabase();
        using var command = Command(connection, "SELECT Text FROM Eval_Journal WHERE Source = 'methodology'");
        using var reader = command.ExecuteReader();
        var texts = new List<string>();
        while (reader.Read())
        {
            texts.Add(reader.GetString(0));
        }
        return texts;
    }

    /// <summary>As EF Core's DateTimeOffsetToBinaryConverter writes an instant.</summary>
    public static long Instant(DateTimeOffset at) => ((at.Ticks / 1000) << 11) | ((long)at.Offset.TotalMinutes & 0x07FF);

    private Guid Insert(string table, Dictionary<string, object?> values) => SqliteRows.Insert(_connection, _transaction, table, values);

    private static SqliteCommand Command(SqliteConnection connection, string sql, params object?[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters.AddWithValue("$" + (i + 1), SqliteRows.Format(parameters[i]));
        }
        return command;
    }
}
