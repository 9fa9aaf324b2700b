using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Ctg.Sdk;
using Ctg.Sdk.Messages.Dispositifs;
using Ctg.Sdk.Messages.Methodology;

namespace Ctg.Modules.Methodology;

/// <summary>
/// A part of CC Yonne Nord's CTG plan, Fiche 17 (the coordinator's role) among it. Fiches are attached to
/// the CTG when the Dispositifs module runs, and announced as created so that it records them.
/// </summary>
internal sealed class MethodologyDemo(MethodologyDbContext db, IModuleBus bus, IClock clock) : IDemoContributor
{
    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var dispositifs = await bus.AskAsync(new ListDispositifs(), cancellationToken);
        var ctg = dispositifs.IsAvailable ? dispositifs.Value!.FirstOrDefault(d => d.Kind == "CTG") : null;
        var year = clock.Today.Year;
        var fiches = new[]
        {
            Fiche("3", "Développer l'offre d'accueil du jeune enfant sur le nord du territoire", FicheStatus.EnCours, new(year, 12, 31),
                "Augmenter le taux de couverture en accueil formel des enfants de moins de 3 ans."),
            Fiche("5", "Créer un lieu d'accueil enfants-parents (LAEP) itinérant", FicheStatus.ALancer, new(year + 1, 6, 30),
                "Offrir aux familles isolées un lieu d'écoute et d'échange au plus près des communes rurales."),
            Fiche("8", "Harmoniser les accueils de loisirs du mercredi", FicheStatus.EnCours, new(year, 9, 1),
                "Proposer une offre ALSH lisible et accessible aux familles de toutes les communes."),
            Fiche("11", "Soutenir le projet social du centre social intercommunal", FicheStatus.Realisee, new(year - 1, 12, 31),
                "Accompagner le renouvellement de l'agrément « centre social » par la CAF."),
            Fiche("14", "Faciliter l'accès aux droits par France services", FicheStatus.Reportee, new(year, 3, 31),
                "Rapprocher les permanences des partenaires des habitants éloignés des services."),
            Fiche("17", "Structurer la fonction de Chargé(e) de Coopération Territoriale dans la coordination stratégique de la CTG", FicheStatus.EnCours, new(year + 1, 12, 31),
                "Faire du/de la Chargé(e) de coopération territoriale le pivot de la gouvernance CTG, garant de son pilotage et de son évolution, et en renforcer la lisibilité et la reconnaissance."),
        };
        foreach (var fiche in fiches)
        {
            fiche.DispositifReference = ctg?.Reference;
            fiche.DispositifName = ctg?.Name;
            db.Fiches.Add(fiche);
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var fiche in fiches)
        {
            await bus.PublishAsync(new FicheActionCreated(fiche.Id, fiche.Number, fiche.Title, fiche.DispositifReference), cancellationToken);
        }
    }

    private static FicheAction Fiche(string number, string title, FicheStatus status, DateOnly deadline, string objective) =>
        new() { Id = Guid.NewGuid(), Number = number, Title = title, Status = status, Deadline = deadline, Objective = objective };
}
