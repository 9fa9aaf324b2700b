using System.Diagnostics;
using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ctg.Host.Tests.Methodology;

/// <summary>
/// Fiches and plans written straight into the platform's database (as EF Core stores them on SQLite) for the
/// plan and export tests, and the steps those tests take through the pages.
/// </summary>
internal sealed class PlanTestData : IDisposable
{
    private static readonly DateTimeOffsetToBinaryConverter Instant = new();
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;

    public PlanTestData(PlatformFactory platform)
    {
        _connection = platform.OpenDatabase();
        _transaction = _connection.BeginTransaction();
    }

    /// <summary>A fiche number no other test uses (numbers are unique).</summary>
    public static string NewNumber() => "P" + Random.Shared.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture);

    public Guid Fiche(string number, string title, string status = "EnCours", DateOnly? deadline = null, string? pilote = null, int progress = 0,
        string? diagnostic = null, string? theme = null) =>
        Insert("Met_FichesActions", new()
        {
            ["Number"] = number, ["Title"] = title, ["Status"] = status, ["Deadline"] = deadline, ["Pilote"] = pilote, ["Progress"] = progress,
            ["Priority"] = "Normale", ["Diagnostic"] = diagnostic, ["Theme"] = theme, ["Version"] = 1,
            ["CreatedAt"] = Instant.ConvertToProvider(new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero)),
            ["UpdatedAt"] = Instant.ConvertToProvider(new DateTimeOffset(2026, 2, 10, 9, 30, 0, TimeSpan.Zero)),
        });

    public Guid Mission(Guid fiche, int position, string title, string? items) =>
        Insert("Met_FicheMissions", new() { ["FicheId"] = fiche, ["Position"] = position, ["Title"] = title, ["Items"] = items });

    public Guid Jalon(Guid fiche, string title, DateOnly due, DateOnly? done = null) =>
        Insert("Met_FicheJalons", new() { ["FicheId"] = fiche, ["Title"] = title, ["DueOn"] = due, ["DoneOn"] = done });

    public Guid Financement(Guid fiche, string funder, int year, decimal? planned, decimal? actual) =>
        Insert("Met_FicheFinancements", new() { ["FicheId"] = fiche, ["Funder"] = funder, ["Year"] = year, ["Planned"] = planned, ["Actual"] = actual });

    public Guid Plan(string title, string levels = "Axe|Enjeu|Objectif opérationnel", DateOnly? start = null, DateOnly? end = null) =>
        Insert("Met_Plans", new()
        {
            ["Title"] = title, ["LevelLabels"] = levels, ["StartsOn"] = start, ["EndsOn"] = end, ["Version"] = 1,
            ["CreatedAt"] = Instant.ConvertToProvider(new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero)),
        });

    public Guid Node(Guid plan, Guid? parent, int depth, int position, string code, string title) =>
        Insert("Met_PlanNodes", new() { ["PlanId"] = plan, ["ParentId"] = parent, ["Depth"] = depth, ["Position"] = position, ["Code"] = code, ["Title"] = title });

    public void Place(Guid plan, Guid fiche, Guid? node, int position = 0)
    {
        using var command = Command("INSERT INTO \"Met_PlanFiches\" (\"PlanId\", \"FicheId\", \"NodeId\", \"Position\") VALUES ($plan, $fiche, $node, $position)");
        command.Parameters.AddWithValue("$plan", Format(plan));
        command.Parameters.AddWithValue("$fiche", Format(fiche));
        command.Parameters.AddWithValue("$node", Format(node));
        command.Parameters.AddWithValue("$position", position);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _transaction.Commit();
        _transaction.Dispose();
        _connection.Dispose();
    }

    /// <summary>Reads one value of the database (outside any seeding transaction).</summary>
    public static object? Scalar(PlatformFactory platform, string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = platform.OpenDatabase();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, Format(value));
        }
        return command.ExecuteScalar();
    }

    public static long Count(PlatformFactory platform, string sql, params (string Name, object? Value)[] parameters) =>
        (long)Scalar(platform, sql, parameters)!;

    /// <summary>Posts to a page handler with the antiforgery token of a page the user can see (its sign-out form's).</summary>
    public static Task<HttpResponseMessage> PostAsync(Browser browser, HtmlPage page, string path, params (string Name, string Value)[] fields)
    {
        var token = page.Document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return browser.Client.PostAsync(path, new FormUrlEncodedContent(values));
    }

    /// <summary>Selects the option of a select whose text contains this.</summary>
    public static string Option(HtmlPage page, string selector, string text) =>
        page.Document.QuerySelectorAll<IHtmlOptionElement>($"{selector} option").First(o => o.Text.Contains(text, StringComparison.Ordinal)).Value;

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
    }

    private Guid Insert(string table, Dictionary<string, object?> values)
    {
        var id = Guid.NewGuid();
        values["Id"] = id;
        using var command = Command($"INSERT INTO \"{table}\" ({string.Join(", ", values.Keys.Select(k => $"\"{k}\""))}) VALUES ({string.Join(", ", values.Keys.Select(k => "$" + k))})");
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
        decimal amount => amount.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? 1 : 0,
        _ => value,
    };
}

/// <summary>Counts the SQL commands EF Core runs against one database file while it listens.</summary>
internal sealed class PlanSqlCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _databaseFile;
    private readonly string? _table;
    private readonly IDisposable _allListeners;
    private readonly List<IDisposable> _subscriptions = [];
    private int _count;
    private bool _stopped;

    /// <param name="table">Counts only the commands naming tables that start with this ("Met_").</param>
    public PlanSqlCounter(string databaseFile, string? table = null)
    {
        _databaseFile = Path.GetFullPath(databaseFile);
        _table = table;
        _allListeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Stop()
    {
        _stopped = true;
        return Volatile.Read(ref _count);
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.EntityFrameworkCore")
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(listener.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (!_stopped && value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData executed
            && executed.Command.Connection?.DataSource is { } source && Path.GetFullPath(source) == _databaseFile
            && (_table is null || executed.Command.CommandText.Contains('"' + _table, StringComparison.Ordinal)))
        {
            Interlocked.Increment(ref _count);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _allListeners.Dispose();
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }
}
