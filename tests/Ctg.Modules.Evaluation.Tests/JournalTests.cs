using Ctg.Modules.Evaluation.Data;
using Ctg.Modules.Evaluation.Messaging;
using Ctg.Sdk;
using Ctg.Sdk.Messages.Governance;
using Ctg.Sdk.Messages.Methodology;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Ctg.Modules.Evaluation.Tests;

public sealed class JournalTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));

    public JournalTests()
    {
        _connection.Open();
        using var db = NewContext();
        db.Database.Migrate();
    }

    [Fact]
    public async Task A_seance_held_in_governance_is_kept_at_its_own_date()
    {
        await using (var db = NewContext())
        {
            await new JournalHandlers(db, _clock).Handle(new SeanceHeld(Guid.NewGuid(), "COPIL de la CTG", new DateOnly(2026, 11, 20)), default);
        }
        await using var check = NewContext();
        var entry = await check.Journal.SingleAsync();
        Assert.Equal(new DateOnly(2026, 11, 20), entry.Date);
        Assert.Equal("Séance tenue : COPIL de la CTG", entry.Text);
        Assert.Equal(ModuleIds.Governance, entry.Source);
    }

    [Fact]
    public async Task A_very_long_fiche_title_is_shortened_to_fit_the_journal()
    {
        await using (var db = NewContext())
        {
            await new JournalHandlers(db, _clock).Handle(new FicheActionCreated(Guid.NewGuid(), "17", new string('x', 800), null), default);
        }
        await using var check = NewContext();
        var entry = await check.Journal.SingleAsync();
        Assert.Equal(500, entry.Text.Length);
        Assert.EndsWith("…", entry.Text);
        Assert.Equal(new DateOnly(2026, 11, 28), entry.Date);
    }

    [Fact]
    public void The_module_migration_creates_its_prefixed_table_and_its_own_history()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        var tables = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }
        Assert.Contains("Eval_Journal", tables);
        Assert.Contains("__EFMigrationsHistory_Evaluation", tables);
        Assert.DoesNotContain("__EFMigrationsHistory", tables);
    }

    private EvaluationDbContext NewContext() =>
        new(new DbContextOptionsBuilder<EvaluationDbContext>()
            .UseSqlite(_connection, o => o.MigrationsHistoryTable(ModuleDbContext.HistoryTableFor(ModuleIds.Evaluation)))
            .Options);

    public void Dispose() => _connection.Dispose();

    private sealed class FixedClock(DateTimeOffset now) : IClock
    {
        public DateTimeOffset Now => now;
        public DateOnly Today => DateOnly.FromDateTime(now.Date);
    }
}
