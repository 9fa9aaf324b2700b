using Ctg.Modules.Evaluation.Domain;
using Ctg.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Evaluation.Data;

public sealed class EvaluationDbContext(DbContextOptions<EvaluationDbContext> options) : ModuleDbContext(options)
{
    protected override string TablePrefix => "Eval_";

    public DbSet<JournalEntry> Journal => Set<JournalEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<JournalEntry>(entry =>
        {
            entry.ToTable("Journal");
            entry.Property(e => e.Source).HasMaxLength(40);
            entry.Property(e => e.Text).HasMaxLength(500);
            entry.HasIndex(e => e.Date);
        });
        base.OnModelCreating(modelBuilder);
    }
}
