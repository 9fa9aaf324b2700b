using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ctg.Host.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands EF Core runs against one database file while it listens. Requests run in-process,
/// so EF's DiagnosticListener sees them; tests that use it have a platform (a database file) of their own, or
/// run in a collection of their platform's tests, so no other test's requests reach that file meanwhile.
/// </summary>
internal sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _databaseFile;
    private readonly string? _table;
    private readonly IDisposable _allListeners;
    private readonly List<IDisposable> _subscriptions = [];
    private int _count;
    private bool _stopped;

    /// <param name="table">Counts only the commands naming tables that start with this ("Met_"); all of them if null.</param>
    public SqlCommandCounter(string databaseFile, string? table = null)
    {
        _databaseFile = Path.GetFullPath(databaseFile);
        _table = table;
        _allListeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>Opens a page before counting, so the host's caches and compiled queries are warm; fails unless it answers 200.</summary>
    public static async Task WarmUpAsync(Browser browser, string path)
    {
        var page = await browser.OpenAsync(path);
        Assert.True(page.Status == HttpStatusCode.OK, $"{path} : {page.Status}");
    }

    /// <summary>The SQL commands one request of a page runs against the platform's database; fails unless it answers 200.</summary>
    public static async Task<int> CountAsync(PlatformFactory platform, Browser browser, string path)
    {
        using var counter = new SqlCommandCounter(platform.DatabaseFile);
        using var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await response.Content.ReadAsStringAsync();
        return counter.Stop();
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
