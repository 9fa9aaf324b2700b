using Ctg.Modules.Methodology.Domain;
using Ctg.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Methodology.Data;

public sealed class MethodologyDbContext(DbContextOptions<MethodologyDbContext> options) : ModuleDbContext(options)
{
    protected override string TablePrefix => "Met_";

    public DbSet<FicheAction> Fiches => Set<FicheAction>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FicheAction>(fiche =>
        {
            fiche.ToTable("FichesActions");
            fiche.Property(f => f.Number).HasMaxLength(20);
            fiche.Property(f => f.Title).HasMaxLength(300);
            fiche.Property(f => f.Objective).HasMaxLength(4000);
            fiche.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
            fiche.Property(f => f.DispositifReference).HasMaxLength(100);
            fiche.Property(f => f.DispositifName).HasMaxLength(200);
            fiche.HasIndex(f => f.Number).IsUnique();
        });
        base.OnModelCreating(modelBuilder);
    }
}
