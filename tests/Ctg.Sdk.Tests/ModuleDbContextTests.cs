using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Ctg.Sdk.Tests;

public sealed class ModuleDbContextTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public ModuleDbContextTests()
    {
        _connection.Open();
        using var context = NewContext();
        context.Database.EnsureCreated();
    }

    [Fact]
    public void Every_table_of_a_module_carries_its_prefix()
    {
        using var context = NewContext();
        var tables = context.Model.GetEntityTypes().Select(e => e.GetTableName()).ToList();
        Assert.Equal(["Tst_Notes"], tables);
    }

    [Fact]
    public void A_save_over_a_version_changed_meanwhile_is_refused_and_the_first_edit_is_kept()
    {
        using (var seed = NewContext())
        {
            seed.Notes.Add(new Note { Id = 1, Text = "Première version" });
            seed.SaveChanges();
        }
        using var alice = NewContext();
        using var bob = NewContext();
        var aliceNote = alice.Notes.Single();
        var bobNote = bob.Notes.Single();

        aliceNote.Text = "Modifiée par Alice";
        alice.SaveChanges();
        bobNote.Text = "Modifiée par Bob";

        Assert.Throws<DbUpdateConcurrencyException>(() => bob.SaveChanges());
        using var check = NewContext();
        var saved = check.Notes.Single();
        Assert.Equal("Modifiée par Alice", saved.Text);
        Assert.Equal(2, saved.Version);
    }

    private TestContext NewContext() =>
        new(new DbContextOptionsBuilder<TestContext>().UseSqlite(_connection).Options);

    public void Dispose() => _connection.Dispose();

    private sealed class TestContext(DbContextOptions<TestContext> options) : ModuleDbContext(options)
    {
        protected override string TablePrefix => "Tst_";

        public DbSet<Note> Notes => Set<Note>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Note>().ToTable("Notes");
            base.OnModelCreating(modelBuilder);
        }
    }

    private sealed class Note : IVersioned
    {
        public int Id { get; set; }
        public string Text { get; set; } = "";
        public int Version { get; set; }
    }
}
