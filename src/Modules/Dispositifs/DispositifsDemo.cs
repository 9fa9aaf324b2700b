using Ctg.Modules.Dispositifs.Data;
using Ctg.Modules.Dispositifs.Domain;
using Ctg.Sdk;

namespace Ctg.Modules.Dispositifs;

/// <summary>The contracts a territory like CC Yonne Nord articulates with its CTG.</summary>
internal sealed class DispositifsDemo(DispositifsDbContext db) : IDemoContributor
{
    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        Add("CTG", $"CTG 2023-2027 de la {context.Territory.Name}", new(2023, 1, 1), new(2027, 12, 31), DispositifStatus.EnVigueur,
            "Convention territoriale globale signée avec la CAF de l'Yonne : petite enfance, enfance-jeunesse, parentalité, animation de la vie sociale, accès aux droits.");
        Add("SPPE", "Schéma pluriannuel de la petite enfance", new(2025, 1, 1), new(2030, 12, 31), DispositifStatus.EnElaboration,
            "Depuis 2025, la CTG tient lieu du schéma pluriannuel des communes si elle en a le contenu (décret 2025-253).");
        Add("SDSF", "Schéma départemental des services aux familles de l'Yonne", new(2021, 1, 1), new(2026, 12, 31), DispositifStatus.EnRenouvellement, null);
        Add("CLS", "Contrat local de santé du Nord de l'Yonne", new(2022, 7, 1), new(2027, 6, 30), DispositifStatus.EnVigueur, null);
        Add("PEDT", "Projet éducatif territorial intercommunal", new(2024, 9, 1), new(2027, 8, 31), DispositifStatus.EnVigueur, null);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Add(string kind, string name, DateOnly start, DateOnly end, DispositifStatus status, string? description) =>
        db.Dispositifs.Add(new Dispositif { Id = Guid.NewGuid(), Kind = kind, Name = name, Start = start, End = end, Status = status, Description = description });
}
