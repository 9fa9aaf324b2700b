using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Data;

public sealed class GovernanceDbContext(DbContextOptions<GovernanceDbContext> options) : ModuleDbContext(options)
{
    protected override string TablePrefix => "Gov_";

    public DbSet<Instance> Instances => Set<Instance>();
    public DbSet<Seance> Seances => Set<Seance>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Instance>(instance =>
        {
            instance.ToTable("Instances");
            instance.Property(i => i.Name).HasMaxLength(200);
            instance.Property(i => i.Purpose).HasMaxLength(2000);
            instance.Property(i => i.Kind).HasConversion<string>().HasMaxLength(40);
        });
        modelBuilder.Entity<Seance>(seance =>
        {
            seance.ToTable("Seances");
            seance.Property(s => s.Place).HasMaxLength(300);
            seance.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            seance.HasOne(s => s.Instance).WithMany(i => i.Seances).HasForeignKey(s => s.InstanceId);
            seance.HasIndex(s => new { s.InstanceId, s.Date });
        });
        base.OnModelCreating(modelBuilder);
    }
}
