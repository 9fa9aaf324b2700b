using Ctg.Modules.Methodology.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ctg.Modules.Methodology.Data;

public sealed class MethodologyDbContext(DbContextOptions<MethodologyDbContext> options) : ModuleDbContext(options)
{
    public const int LongText = 20000;

    protected override string TablePrefix => "Met_";

    public DbSet<FicheAction> Fiches => Set<FicheAction>();
    public DbSet<FicheMission> Missions => Set<FicheMission>();
    public DbSet<FicheJalon> Jalons => Set<FicheJalon>();
    public DbSet<FicheCommune> FicheCommunes => Set<FicheCommune>();
    public DbSet<FichePartenaire> Partenaires => Set<FichePartenaire>();
    public DbSet<FicheFinancement> Financements => Set<FicheFinancement>();
    public DbSet<FicheIndicateur> FicheIndicateurs => Set<FicheIndicateur>();
    public DbSet<FicheNote> Notes => Set<FicheNote>();
    public DbSet<FicheChange> Changes => Set<FicheChange>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanNode> PlanNodes => Set<PlanNode>();
    public DbSet<PlanFiche> PlanFiches => Set<PlanFiche>();
    public DbSet<Orientation> Orientations => Set<Orientation>();
    public DbSet<OrientationFiche> OrientationFiches => Set<OrientationFiche>();
    public DbSet<DemandeAppui> Demandes => Set<DemandeAppui>();
    public DbSet<DemandeFiche> DemandeFiches => Set<DemandeFiche>();
    public DbSet<Brief> Briefs => Set<Brief>();
    public DbSet<BriefFicheState> BriefStates => Set<BriefFicheState>();

    /// <summary>Instants as sortable integers: SQLite cannot order or compare DateTimeOffset text.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FicheAction>(fiche =>
        {
            fiche.ToTable("FichesActions");
            fiche.Property(f => f.Number).HasMaxLength(20);
            fiche.Property(f => f.Title).HasMaxLength(300);
            fiche.Property(f => f.Theme).HasMaxLength(100);
            fiche.Property(f => f.Objective).HasMaxLength(LongText);
            fiche.Property(f => f.Diagnostic).HasMaxLength(LongText);
            fiche.Property(f => f.OperationalObjectives).HasMaxLength(LongText);
            fiche.Property(f => f.Implementation).HasMaxLength(LongText);
            fiche.Property(f => f.TargetAudience).HasMaxLength(LongText);
            fiche.Property(f => f.Pilote).HasMaxLength(200);
            fiche.Property(f => f.PiloteUserId).HasMaxLength(100);
            fiche.Property(f => f.Services).HasMaxLength(LongText);
            fiche.Property(f => f.EluReferent).HasMaxLength(200);
            fiche.Property(f => f.Means).HasMaxLength(LongText);
            fiche.Property(f => f.ExpectedResults).HasMaxLength(LongText);
            fiche.Property(f => f.IndicatorsText).HasMaxLength(LongText);
            fiche.Property(f => f.OtherInformation).HasMaxLength(LongText);
            fiche.Property(f => f.DecisionAwaited).HasMaxLength(4000);
            fiche.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
            fiche.Property(f => f.Meteo).HasConversion<string>().HasMaxLength(20);
            fiche.Property(f => f.Priority).HasConversion<string>().HasMaxLength(20);
            fiche.Property(f => f.DispositifReference).HasMaxLength(100);
            fiche.Property(f => f.DispositifName).HasMaxLength(200);
            fiche.HasIndex(f => f.Number).IsUnique();
            fiche.HasIndex(f => f.PiloteUserId);
            fiche.HasMany(f => f.Missions).WithOne().HasForeignKey(m => m.FicheId).OnDelete(DeleteBehavior.Cascade);
            fiche.HasMany(f => f.Jalons).WithOne().HasForeignKey(j => j.FicheId).OnDelete(DeleteBehavior.Cascade);
            fiche.HasMany(f => f.Communes).WithOne().HasForeignKey(c => c.FicheId).OnDelete(DeleteBehavior.Cascade);
            fiche.HasMany(f => f.Partenaires).WithOne().HasForeignKey(p => p.FicheId).OnDelete(DeleteBehavior.Cascade);
            fiche.HasMany(f => f.Financements).WithOne().HasForeignKey(f => f.FicheId).OnDelete(DeleteBehavior.Cascade);
            fiche.HasMany(f => f.Indicateurs).WithOne().HasForeignKey(i => i.FicheId).OnDelete(DeleteBehavior.Cascade);
            fiche.HasMany(f => f.Notes).WithOne().HasForeignKey(n => n.FicheId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<FicheMission>(mission =>
        {
            mission.ToTable("FicheMissions");
            mission.Property(m => m.Title).HasMaxLength(1000);
            mission.Property(m => m.Items).HasMaxLength(LongText);
        });
        modelBuilder.Entity<FicheJalon>(jalon =>
        {
            jalon.ToTable("FicheJalons");
            jalon.Property(j => j.Title).HasMaxLength(300);
            jalon.HasIndex(j => j.DueOn);
        });
        modelBuilder.Entity<FicheCommune>(commune =>
        {
            commune.ToTable("FicheCommunes");
            commune.HasKey(c => new { c.FicheId, c.InseeCode });
            commune.Property(c => c.InseeCode).HasMaxLength(10);
            commune.Property(c => c.Name).HasMaxLength(200);
        });
        modelBuilder.Entity<FichePartenaire>(partenaire =>
        {
            partenaire.ToTable("FichePartenaires");
            partenaire.Property(p => p.Name).HasMaxLength(300);
            partenaire.Property(p => p.OrganisationReference).HasMaxLength(100);
        });
        modelBuilder.Entity<FicheFinancement>(financement =>
        {
            financement.ToTable("FicheFinancements");
            financement.Property(f => f.Funder).HasMaxLength(200);
            financement.Property(f => f.Planned).HasPrecision(14, 2);
            financement.Property(f => f.Actual).HasPrecision(14, 2);
        });
        modelBuilder.Entity<FicheIndicateur>(indicateur =>
        {
            indicateur.ToTable("FicheIndicateurs");
            indicateur.HasKey(i => new { i.FicheId, i.Reference });
            indicateur.Property(i => i.Reference).HasMaxLength(100);
            indicateur.Property(i => i.Name).HasMaxLength(300);
        });
        modelBuilder.Entity<FicheNote>(note =>
        {
            note.ToTable("FicheNotes");
            note.Property(n => n.Text).HasMaxLength(LongText);
            note.Property(n => n.AuthorId).HasMaxLength(100);
            note.Property(n => n.AuthorName).HasMaxLength(200);
        });
        modelBuilder.Entity<FicheChange>(change =>
        {
            change.ToTable("FicheChanges");
            change.Property(c => c.UserId).HasMaxLength(100);
            change.Property(c => c.UserName).HasMaxLength(200);
            change.Property(c => c.Field).HasMaxLength(100);
            change.Property(c => c.OldValue).HasMaxLength(1000);
            change.Property(c => c.NewValue).HasMaxLength(1000);
            change.HasIndex(c => new { c.FicheId, c.At });
            change.HasOne<FicheAction>().WithMany().HasForeignKey(c => c.FicheId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Plan>(plan =>
        {
            plan.ToTable("Plans");
            plan.Property(p => p.Title).HasMaxLength(300);
            plan.Property(p => p.Description).HasMaxLength(LongText);
            plan.Property(p => p.DispositifReference).HasMaxLength(100);
            plan.Property(p => p.DispositifName).HasMaxLength(200);
            plan.Property(p => p.LevelLabels).HasMaxLength(600);
            plan.HasMany(p => p.Nodes).WithOne().HasForeignKey(n => n.PlanId).OnDelete(DeleteBehavior.Cascade);
            plan.HasMany(p => p.Fiches).WithOne().HasForeignKey(f => f.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PlanNode>(node =>
        {
            node.ToTable("PlanNodes");
            node.Property(n => n.Code).HasMaxLength(20);
            node.Property(n => n.Title).HasMaxLength(500);
            node.HasOne<PlanNode>().WithMany().HasForeignKey(n => n.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<PlanFiche>(placement =>
        {
            placement.ToTable("PlanFiches");
            placement.HasKey(p => new { p.PlanId, p.FicheId });
            placement.HasOne(p => p.Fiche).WithMany().HasForeignKey(p => p.FicheId).OnDelete(DeleteBehavior.Cascade);
            placement.HasOne<PlanNode>().WithMany().HasForeignKey(p => p.NodeId).OnDelete(DeleteBehavior.SetNull);
            placement.HasIndex(p => p.FicheId);
        });
        modelBuilder.Entity<Orientation>(orientation =>
        {
            orientation.ToTable("Orientations");
            orientation.Property(o => o.Title).HasMaxLength(500);
            orientation.Property(o => o.Description).HasMaxLength(LongText);
            orientation.Property(o => o.Source).HasConversion<string>().HasMaxLength(20);
            orientation.Property(o => o.DecisionReference).HasMaxLength(100);
            orientation.Property(o => o.DecisionLabel).HasMaxLength(300);
            orientation.HasMany(o => o.Fiches).WithOne().HasForeignKey(f => f.OrientationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<OrientationFiche>(link =>
        {
            link.ToTable("OrientationFiches");
            link.HasKey(l => new { l.OrientationId, l.FicheId });
            link.HasOne(l => l.Fiche).WithMany().HasForeignKey(l => l.FicheId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DemandeAppui>(demande =>
        {
            demande.ToTable("DemandesAppui");
            demande.Property(d => d.Subject).HasMaxLength(300);
            demande.Property(d => d.Details).HasMaxLength(LongText);
            demande.Property(d => d.RequesterName).HasMaxLength(200);
            demande.Property(d => d.RequesterKind).HasConversion<string>().HasMaxLength(20);
            demande.Property(d => d.RequesterOrganisation).HasMaxLength(200);
            demande.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
            demande.Property(d => d.Answer).HasMaxLength(LongText);
            demande.Property(d => d.HoursSpent).HasPrecision(8, 2);
            demande.HasMany(d => d.Fiches).WithOne().HasForeignKey(f => f.DemandeId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DemandeFiche>(link =>
        {
            link.ToTable("DemandeFiches");
            link.HasKey(l => new { l.DemandeId, l.FicheId });
            link.HasOne(l => l.Fiche).WithMany().HasForeignKey(l => l.FicheId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Brief>(brief =>
        {
            brief.ToTable("Briefs");
            brief.Property(b => b.Title).HasMaxLength(300);
            brief.Property(b => b.Perimeter).HasConversion<string>().HasMaxLength(20);
            brief.Property(b => b.Theme).HasMaxLength(100);
            brief.Property(b => b.PerimeterLabel).HasMaxLength(600);
            brief.Property(b => b.CreatedBy).HasMaxLength(200);
            brief.HasMany(b => b.States).WithOne().HasForeignKey(s => s.BriefId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<BriefFicheState>(state =>
        {
            state.ToTable("BriefFicheStates");
            state.HasKey(s => new { s.BriefId, s.FicheId });
            state.Property(s => s.Number).HasMaxLength(20);
            state.Property(s => s.Title).HasMaxLength(300);
            state.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            state.Property(s => s.Meteo).HasConversion<string>().HasMaxLength(20);
        });
        base.OnModelCreating(modelBuilder);
    }
}
