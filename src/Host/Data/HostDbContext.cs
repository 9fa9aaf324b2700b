using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Host.Data;

/// <summary>The platform's own data: accounts and roles, the installed territory, and the outbox of events.</summary>
public sealed class HostDbContext(DbContextOptions<HostDbContext> options) : IdentityDbContext<CtgUser>(options)
{
    public const string ModuleId = "host";

    public DbSet<Installation> Installations => Set<Installation>();
    public DbSet<InstalledCommune> Communes => Set<InstalledCommune>();
    public DbSet<OutboxEvent> OutboxEvents => Set<OutboxEvent>();
    public DbSet<OutboxDelivery> OutboxDeliveries => Set<OutboxDelivery>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<CtgUser>().ToTable("Plateforme_Utilisateurs");
        builder.Entity<IdentityRole>().ToTable("Plateforme_Roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("Plateforme_UtilisateursRoles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("Plateforme_UtilisateursClaims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("Plateforme_UtilisateursConnexions");
        builder.Entity<IdentityUserToken<string>>().ToTable("Plateforme_UtilisateursJetons");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("Plateforme_RolesClaims");

        builder.Entity<CtgUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.Organisation).HasMaxLength(200);
        });
        builder.Entity<Installation>(installation =>
        {
            installation.ToTable("Plateforme_Installation");
            installation.HasKey(i => i.Id);
            installation.Property(i => i.Siren).HasMaxLength(9);
            installation.Property(i => i.Name).HasMaxLength(200);
            installation.Property(i => i.Kind).HasMaxLength(20);
        });
        builder.Entity<InstalledCommune>(commune =>
        {
            commune.ToTable("Plateforme_Communes");
            commune.HasKey(c => c.InseeCode);
            commune.Property(c => c.InseeCode).HasMaxLength(5);
            commune.Property(c => c.Siren).HasMaxLength(9);
            commune.Property(c => c.Name).HasMaxLength(200);
        });
        builder.Entity<OutboxEvent>(outboxEvent =>
        {
            outboxEvent.ToTable("Plateforme_Evenements");
            outboxEvent.HasKey(e => e.Id);
            outboxEvent.Property(e => e.Type).HasMaxLength(500);
            outboxEvent.HasMany(e => e.Deliveries).WithOne(d => d.Event).HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<OutboxDelivery>(delivery =>
        {
            delivery.ToTable("Plateforme_EvenementsLivraisons");
            delivery.HasKey(d => d.Id);
            delivery.Property(d => d.Subscriber).HasMaxLength(500);
            delivery.Property(d => d.LastError).HasMaxLength(2000);
            delivery.HasIndex(d => d.NextAttemptAtUtc);
        });
    }
}

/// <summary>An account of the platform.</summary>
public sealed class CtgUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    /// <summary>Commune, EPCI, CAF, partner... as the administrator typed it.</summary>
    public string? Organisation { get; set; }
    /// <summary>A deactivated account keeps its history but can no longer sign in.</summary>
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The one row that says which intercommunalité this deployment serves.</summary>
public sealed class Installation
{
    public int Id { get; set; }
    public string Siren { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>CC, CA, CU, METRO...</summary>
    public string Kind { get; set; } = "";
    public int Population { get; set; }
    public bool IsDemo { get; set; }
    public DateTimeOffset InstalledAt { get; set; }
}

public sealed class InstalledCommune
{
    public string InseeCode { get; set; } = "";
    public string Siren { get; set; } = "";
    public string Name { get; set; } = "";
    public int Population { get; set; }
}
