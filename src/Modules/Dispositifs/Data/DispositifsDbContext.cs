using Ctg.Modules.Dispositifs.Domain;
using Ctg.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Dispositifs.Data;

public sealed class DispositifsDbContext(DbContextOptions<DispositifsDbContext> options) : ModuleDbContext(options)
{
    protected override string TablePrefix => "Dsp_";

    public DbSet<Dispositif> Dispositifs => Set<Dispositif>();
    public DbSet<ArticulatedAction> Actions => Set<ArticulatedAction>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Dispositif>(dispositif =>
        {
            dispositif.ToTable("Dispositifs");
            dispositif.Property(d => d.Kind).HasMaxLength(20);
            dispositif.Property(d => d.Name).HasMaxLength(200);
            dispositif.Property(d => d.Description).HasMaxLength(4000);
            dispositif.Property(d => d.Status).HasConversion<string>().HasMaxLength(30);
            dispositif.Ignore(d => d.Reference);
        });
        modelBuilder.Entity<ArticulatedAction>(action =>
        {
            action.ToTable("ActionsArticulees");
            action.Property(a => a.FicheNumber).HasMaxLength(20);
            action.Property(a => a.FicheTitle).HasMaxLength(300);
            action.HasOne<Dispositif>().WithMany(d => d.Actions).HasForeignKey(a => a.DispositifId);
            action.HasIndex(a => new { a.DispositifId, a.FicheId }).IsUnique();
        });
        base.OnModelCreating(modelBuilder);
    }
}
