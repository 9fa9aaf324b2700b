using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;

namespace Ctg.Modules.Governance;

/// <summary>CC Yonne Nord's COPIL, COTECH and three GAT, with their séances over the last two years.</summary>
internal sealed class GovernanceDemo(GovernanceDbContext db, IClock clock) : IDemoContributor
{
    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var siege = context.Territory.Communes.OrderByDescending(c => c.Population).First().Name;
        Add("COPIL de la CTG", InstanceKind.Copil, 1,
            "Comité de pilotage : élus de la CC Yonne Nord et des communes, CAF de l'Yonne, MSA, Département ; arbitre et valide le bilan annuel.",
            [(12, 5), (-1, 0)], siege, today);
        Add("COTECH de la CTG", InstanceKind.Cotech, 3,
            "Comité technique : techniciens de l'EPCI, des communes, de la CAF et des partenaires ; prépare et suit le plan d'actions.",
            [(3, 15), (6, 20), (11, 10)], siege, today);
        Add("GAT Petite enfance et parentalité", InstanceKind.GroupeDeTravail, 3,
            "Groupe d'appui technique : accueil du jeune enfant, RPE, LAEP, actions de soutien à la parentalité.",
            [(2, 8), (5, 14), (10, 3)], siege, today);
        Add("GAT Enfance-jeunesse", InstanceKind.GroupeDeTravail, 3,
            "Groupe d'appui technique : accueils de loisirs, périscolaire, PEDT, jeunesse.",
            [(2, 22), (9, 25)], siege, today);
        Add("GAT Animation de la vie sociale", InstanceKind.GroupeDeTravail, 3,
            "Groupe d'appui technique : centres sociaux, espaces de vie sociale, accès aux droits.",
            [(4, 4), (9, 18), (12, 1)], siege, today);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <param name="calendar">(month, day) of each yearly séance; month -1 means "the coming one" (planned).</param>
    private void Add(string name, InstanceKind kind, int expected, string purpose, (int Month, int Day)[] calendar, string place, DateOnly today)
    {
        var instance = new Instance { Id = Guid.NewGuid(), Name = name, Kind = kind, ExpectedSeancesPerYear = expected, Purpose = purpose };
        foreach (var year in new[] { today.Year - 2, today.Year - 1, today.Year })
        {
            foreach (var (month, day) in calendar.Where(c => c.Month > 0))
            {
                var date = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
                if (date < today.AddYears(-2))
                {
                    continue;
                }
                instance.Seances.Add(new Seance
                {
                    Id = Guid.NewGuid(),
                    Date = date,
                    Place = $"Siège de la CC Yonne Nord, {place}",
                    Status = date <= today ? SeanceStatus.Tenue : SeanceStatus.Planifiee,
                });
            }
        }
        db.Instances.Add(instance);
    }
}
