using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Data;

public sealed class GovernanceDbContext(DbContextOptions<GovernanceDbContext> options) : ModuleDbContext(options)
{
    protected override string TablePrefix => "Gov_";

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Person> Persons => Set<Person>();
    public DbSet<Instance> Instances => Set<Instance>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Seance> Seances => Set<Seance>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<Attendance> Attendances => Set<Attendance>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Organisation>(organisation =>
        {
            organisation.ToTable("Organisations");
            organisation.Property(o => o.Name).HasMaxLength(200);
            organisation.Property(o => o.Type).HasConversion<string>().HasMaxLength(20);
            organisation.Property(o => o.InseeCode).HasMaxLength(5);
            organisation.Property(o => o.Email).HasMaxLength(200);
            organisation.Property(o => o.Phone).HasMaxLength(40);
            organisation.HasIndex(o => o.Name);
        });
        modelBuilder.Entity<Person>(person =>
        {
            person.ToTable("Personnes");
            person.Property(p => p.FirstName).HasMaxLength(100);
            person.Property(p => p.LastName).HasMaxLength(100);
            person.Property(p => p.Function).HasMaxLength(200);
            person.Property(p => p.Email).HasMaxLength(200);
            person.Property(p => p.Phone).HasMaxLength(40);
            person.Property(p => p.Interests).HasMaxLength(500);
            person.Property(p => p.UserId).HasMaxLength(64);
            person.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.SetNull);
            person.HasIndex(p => p.LastName);
            person.HasIndex(p => p.UserId);
            person.Ignore(p => p.DisplayName);
            person.Ignore(p => p.InterestList);
            person.Ignore(p => p.IsAnonymised);
        });
        modelBuilder.Entity<Instance>(instance =>
        {
            instance.ToTable("Instances");
            instance.Property(i => i.Name).HasMaxLength(200);
            instance.Property(i => i.CustomKind).HasMaxLength(100);
            instance.Property(i => i.Purpose).HasMaxLength(2000);
            instance.Property(i => i.Theme).HasMaxLength(200);
            instance.Property(i => i.Kind).HasConversion<string>().HasMaxLength(40);
            instance.Ignore(i => i.KindLabel);
        });
        modelBuilder.Entity<Membership>(membership =>
        {
            membership.ToTable("Membres");
            membership.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
            membership.HasOne<Instance>().WithMany(i => i.Members).HasForeignKey(m => m.InstanceId);
            membership.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Seance>(seance =>
        {
            seance.ToTable("Seances");
            seance.Property(s => s.Place).HasMaxLength(300);
            seance.Property(s => s.VideoLink).HasMaxLength(500);
            seance.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            seance.Property(s => s.MinutesStatus).HasConversion<string>().HasMaxLength(20);
            seance.HasOne(s => s.Instance).WithMany(i => i.Seances).HasForeignKey(s => s.InstanceId);
            seance.HasIndex(s => new { s.InstanceId, s.Date });
            seance.HasIndex(s => s.Date);
        });
        modelBuilder.Entity<AgendaItem>(item =>
        {
            item.ToTable("OrdreDuJour");
            item.Property(i => i.Title).HasMaxLength(300);
            item.Property(i => i.FicheReference).HasMaxLength(100);
            item.Property(i => i.FicheLabel).HasMaxLength(300);
            item.HasOne<Seance>().WithMany(s => s.Agenda).HasForeignKey(i => i.SeanceId);
            item.HasOne(i => i.Presenter).WithMany().HasForeignKey(i => i.PresenterId).OnDelete(DeleteBehavior.SetNull);
        });
        modelBuilder.Entity<Attendance>(attendance =>
        {
            attendance.ToTable("Emargements");
            attendance.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            attendance.Property(a => a.OrganisationType).HasConversion<string>().HasMaxLength(20);
            attendance.Property(a => a.OrganisationName).HasMaxLength(200);
            attendance.HasOne<Seance>().WithMany(s => s.Attendances).HasForeignKey(a => a.SeanceId);
            attendance.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
            attendance.HasOne(a => a.RepresentedBy).WithMany().HasForeignKey(a => a.RepresentedById).OnDelete(DeleteBehavior.SetNull);
            attendance.HasIndex(a => new { a.SeanceId, a.PersonId }).IsUnique();
        });
        modelBuilder.Entity<Decision>(decision =>
        {
            decision.ToTable("Decisions");
            decision.Property(d => d.Text).HasMaxLength(4000);
            decision.HasOne(d => d.Seance).WithMany(s => s.Decisions).HasForeignKey(d => d.SeanceId);
            decision.HasIndex(d => new { d.SeanceId, d.Number }).IsUnique();
        });
        modelBuilder.Entity<FollowUp>(followUp =>
        {
            followUp.ToTable("SuitesADonner");
            followUp.Property(f => f.Action).HasMaxLength(1000);
            followUp.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
            followUp.HasOne(f => f.Decision).WithMany(d => d.FollowUps).HasForeignKey(f => f.DecisionId);
            followUp.HasOne(f => f.Owner).WithMany().HasForeignKey(f => f.OwnerId).OnDelete(DeleteBehavior.SetNull);
            followUp.HasIndex(f => new { f.Status, f.DueDate });
            followUp.Ignore(f => f.DoneOnTime);
        });
        modelBuilder.Entity<CalendarFeed>(feed =>
        {
            feed.ToTable("FluxAgenda");
            feed.Property(f => f.Token).HasMaxLength(64);
            feed.HasIndex(f => f.Token).IsUnique();
            feed.HasOne<Instance>().WithMany().HasForeignKey(f => f.InstanceId);
        });
        base.OnModelCreating(modelBuilder);
    }
}
