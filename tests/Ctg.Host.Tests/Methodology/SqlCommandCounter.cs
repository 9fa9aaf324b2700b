using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ctg.Host.Tests.Methodology;

/// <summary>
/// Counts the SQL commands EF Core runs against one database file while it listens. Tests that use it run
/// in a collection of their own platform's tests, so no other test's requests reach that file meanwhile.
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
