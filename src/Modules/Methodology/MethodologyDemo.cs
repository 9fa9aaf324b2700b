using Ctg.Modules.Methodology.Data;
using Ctg.Modules.Methodology.Domain;
using Ctg.Modules.Methodology.Fiches;
using Ctg.Modules.Methodology.Import;
using Ctg.Sdk.Messages.Dispositifs;
using Ctg.Sdk.Messages.Governance;
using MediatR;

namespace Ctg.Modules.Methodology;

/// <summary>
/// CC Yonne Nord's CTG plan: six axes, a dozen plausible fiches across petite enfance, enfance-jeunesse,
/// parentalité, animation de la vie sociale and accès aux droits, and Fiche 17 (the coordinator's role)
/// imported from the real document exactly as a user imports it. Fiches go through the same commands as the
/// pages (names resolved, history written, notifications published); then orientations (one taken from a
/// COPIL decision when Governance runs), notes de suivi and demandes d'appui.
/// </summary>
internal sealed class MethodologyDemo(MethodologyDbContext db, IMediator mediator, IModuleBus bus, IClock clock) : IDemoContributor
{
    private const string Fiche17Resource = "Ctg.Modules.Methodology.Demo.fiche-action-17.txt";

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var year = today.Year;
        var dispositifs = await bus.AskAsync(new ListDispositifs(), cancellationToken);
        var ctg = dispositifs.IsAvailable ? dispositifs.Value!.FirstOrDefault(d => d.Kind == "CTG") : null;
        var coordination = context.Accounts.GetValueOrDefault("coordination@demo.local");
        var contributeur = context.Accounts.GetValueOrDefault("contributeur@demo.local");
        var communes = context.Territory.Communes.OrderBy(c => c.Name, French.Comparer).ToList();
        string[] Communes(params int[] indexes) => indexes.Where(i => i < communes.Count).Select(i => communes[i].InseeCode).ToArray();

        var plan = new Plan
        {
            Id = Guid.NewGuid(),
            Title = $"Plan d'actions de la CTG {year - 2}-{year + 2}",
            Description = "Le plan d'actions annexé à la Convention Territoriale Globale signée avec la CAF de l'Yonne : six axes, des objectifs et les fiches actions qui les mettent en œuvre.",
            DispositifReference = ctg?.Reference,
            DispositifName = ctg?.Name,
            StartsOn = new DateOnly(year - 2, 1, 1),
            EndsOn = new DateOnly(year + 2, 12, 31),
            LevelLabels = "Axe|Objectif stratégique",
            CreatedAt = clock.Now,
        };
        var axes = new Dictionary<string, (PlanNode Axe, PlanNode Objectif)>();
        (string Key, string Axe, string Objectif)[] tree =
        [
            ("petite-enfance", "Petite enfance", "Adapter l'offre d'accueil aux besoins des familles"),
            ("jeunesse", "Enfance-jeunesse", "Offrir des loisirs éducatifs accessibles dans toutes les communes"),
            ("parentalite", "Parentalité", "Soutenir les parents dans leur rôle éducatif"),
            ("avs", "Animation de la vie sociale", "Faire vivre les lieux de rencontre et de participation des habitants"),
            ("droits", "Accès aux droits", "Rapprocher les services des habitants"),
            ("pilotage", "Pilotage et coordination de la CTG", "Structurer la gouvernance, l'appui méthodologique et l'observation"),
        ];
        foreach (var (branch, index) in tree.Select((b, i) => (b, i)))
        {
            var axe = new PlanNode { Id = Guid.NewGuid(), PlanId = plan.Id, Depth = 0, Position = index, Code = $"{index + 1}", Title = branch.Axe };
            var objectif = new PlanNode { Id = Guid.NewGuid(), PlanId = plan.Id, ParentId = axe.Id, Depth = 1, Position = 0, Code = $"{index + 1}.1", Title = branch.Objectif };
            axes[branch.Key] = (axe, objectif);
        }
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        db.PlanNodes.AddRange(axes.Values.Select(a => a.Axe));
        await db.SaveChangesAsync(cancellationToken);
        db.PlanNodes.AddRange(axes.Values.Select(a => a.Objectif));
        await db.SaveChangesAsync(cancellationToken);

        var fiches = new Dictionary<string, Guid>();
        foreach (var fiche in Fiches(year, today, contributeur, Communes))
        {
            fiche.Command.DispositifReference = ctg?.Reference;
            fiche.Command.PlanId = plan.Id;
            fiche.Command.PlanNodeId = axes[fiche.Axe].Objectif.Id;
            fiche.Command.Origin = "Démonstration";
            fiches[fiche.Command.Number] = await mediator.Send(fiche.Command, cancellationToken);
        }

        // Fiche 17, as the coordinator imports it from the Word document the territory wrote.
        var imported = FicheTextParser.Parse(ReadFiche17()).ToCommand();
        imported.Theme = "Pilotage de la CTG";
        imported.Status = FicheStatus.EnCours;
        imported.Progress = 40;
        imported.Meteo = Meteo.Favorable;
        imported.Priority = Priority.Haute;
        imported.Deadline = new DateOnly(year + 2, 12, 31);
        imported.Pilote = "Camille Martin, chargée de coopération CTG";
        imported.PiloteUserId = coordination;
        imported.EluReferent = "Vice-présidente en charge de la cohésion sociale";
        imported.Communes = Communes(Enumerable.Range(0, communes.Count).ToArray()).ToList();
        imported.Jalons =
        [
            new() { Title = "Fiche de poste validée en bureau communautaire", DueOn = new DateOnly(year - 1, 3, 31), DoneOn = new DateOnly(year - 1, 3, 28) },
            new() { Title = "Calendrier annuel des instances adopté", DueOn = new DateOnly(year, 1, 31), DoneOn = new DateOnly(year, 2, 6) },
            new() { Title = "Premier bilan annuel de la CTG présenté en COPIL", DueOn = new DateOnly(year, 12, 15) },
            new() { Title = "Évaluation à mi-parcours", DueOn = new DateOnly(year + 1, 6, 30) },
        ];
        imported.Financements =
        [
            new() { Funder = "CAF de l'Yonne (financement du poste)", Year = year, Planned = 24000m, Actual = 24000m },
            new() { Funder = "CC Yonne Nord", Year = year, Planned = 21000m, Actual = 20500m },
            new() { Funder = "CAF de l'Yonne (financement du poste)", Year = year + 1, Planned = 24000m },
        ];
        imported.DispositifReference = ctg?.Reference;
        imported.PlanId = plan.Id;
        imported.PlanNodeId = axes["pilotage"].Objectif.Id;
        imported.Origin = "Import";
        fiches["17"] = await mediator.Send(imported, cancellationToken);

        AddNotes(fiches, today, coordination);
        await AddOrientationsAsync(fiches, today, cancellationToken);
        AddDemandes(fiches, today);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string ReadFiche17()
    {
        using var stream = typeof(MethodologyDemo).Assembly.GetManifestResourceStream(Fiche17Resource)
            ?? throw new InvalidOperationException($"Ressource {Fiche17Resource} absente du module.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record DemoFiche(string Axe, CreateFiche Command);

    private static IEnumerable<DemoFiche> Fiches(int year, DateOnly today, string? contributeur, Func<int[], string[]> communes)
    {
        yield return new("petite-enfance", new CreateFiche
        {
            Number = "1", Title = "Développer l'offre d'accueil du jeune enfant sur le nord du territoire", Theme = "Petite enfance",
            Diagnostic = "Le taux de couverture en accueil formel est inférieur à la moyenne départementale.\n- 38 places d'accueil collectif pour 620 enfants de moins de 3 ans ;\n- des assistants maternels vieillissants : un tiers partira à la retraite d'ici cinq ans.",
            Objective = "Augmenter le taux de couverture en accueil formel des enfants de moins de 3 ans.",
            OperationalObjectives = "- Créer une micro-crèche de 12 places à Pont-sur-Yonne ;\n- Accompagner l'installation de nouveaux assistants maternels avec le RPE.",
            Missions = [new() { Title = "Étudier le besoin", Items = "Analyser les listes d'attente\nRencontrer les communes" }, new() { Title = "Construire le projet", Items = "Choisir le gestionnaire\nMonter le dossier PSU et Bonus territoire" }],
            Jalons = [new() { Title = "Étude de besoins restituée", DueOn = new DateOnly(year - 1, 10, 15), DoneOn = new DateOnly(year - 1, 10, 20) }, new() { Title = "Ouverture de la micro-crèche", DueOn = new DateOnly(year + 1, 9, 1) }],
            TargetAudience = "- Familles avec de jeunes enfants\n- Assistants maternels", Communes = communes([0, 5, 9]).ToList(),
            Pilote = "Service petite enfance - CCYN", Services = "Relais petite enfance ; service finances", PartenairesText = "- CAF de l'Yonne\n- PMI du Département",
            EluReferent = "Vice-président petite enfance", Means = "Investissement : 320 000 € ; fonctionnement : PSU et Bonus territoire.",
            Financements = [new() { Funder = "CAF de l'Yonne (plan rebond)", Year = year, Planned = 120000m, Actual = 95000m }, new() { Funder = "CC Yonne Nord", Year = year, Planned = 200000m }],
            ExpectedResults = "- 12 places supplémentaires\n- Un taux de couverture porté à 55 %", IndicatorsText = "- Taux de couverture en accueil formel\n- Nombre de places créées",
            Status = FicheStatus.EnCours, Progress = 55, Meteo = Meteo.Vigilance, Priority = Priority.Haute, Deadline = new DateOnly(year + 1, 9, 1),
            DecisionAwaited = "Choix du mode de gestion de la micro-crèche (régie ou délégation de service public).",
        });
        yield return new("petite-enfance", new CreateFiche
        {
            Number = "2", Title = "Renforcer le relais petite enfance auprès des assistants maternels", Theme = "Petite enfance",
            Objective = "Professionnaliser et fidéliser les assistants maternels du territoire.",
            OperationalObjectives = "- Proposer un temps collectif par mois dans chaque secteur ;\n- Organiser deux formations par an.",
            Pilote = "Relais petite enfance", PiloteUserId = contributeur, Status = FicheStatus.EnCours, Progress = 70, Meteo = Meteo.Favorable,
            Deadline = new DateOnly(year, 12, 31), Jalons = [new() { Title = "Programme de formation publié", DueOn = today.AddDays(-30) }],
            Communes = communes([1, 2, 3, 4]).ToList(),
        });
        yield return new("jeunesse", new CreateFiche
        {
            Number = "3", Title = "Harmoniser les accueils de loisirs du mercredi", Theme = "Enfance-jeunesse",
            Diagnostic = "Les tarifs et horaires des ALSH diffèrent d'une commune à l'autre ; certaines familles n'ont aucune offre le mercredi.",
            Objective = "Proposer une offre ALSH lisible et accessible aux familles de toutes les communes.",
            Missions = [new() { Title = "Harmoniser la tarification", Items = "Grille au quotient familial commune\nConventions avec les communes" }],
            Pilote = "Service enfance-jeunesse - CCYN", PiloteUserId = contributeur, Status = FicheStatus.EnCours, Progress = 35, Meteo = Meteo.Vigilance,
            Deadline = new DateOnly(year, 9, 1), Financements = [new() { Funder = "CAF de l'Yonne (prestation de service)", Year = year, Planned = 48000m, Actual = 46500m }],
        });
        yield return new("jeunesse", new CreateFiche
        {
            Number = "4", Title = "Créer un conseil intercommunal des jeunes", Theme = "Enfance-jeunesse",
            Objective = "Associer les 11-17 ans aux décisions qui les concernent.", Pilote = "Animateur jeunesse",
            Status = FicheStatus.ALancer, Deadline = new DateOnly(year + 1, 6, 30), Priority = Priority.Basse,
        });
        yield return new("parentalite", new CreateFiche
        {
            Number = "5", Title = "Créer un lieu d'accueil enfants-parents (LAEP) itinérant", Theme = "Parentalité",
            Diagnostic = "Aucun LAEP sur le territoire ; les familles isolées des communes rurales ne fréquentent pas ceux des villes voisines.",
            Objective = "Offrir aux familles isolées un lieu d'écoute et d'échange au plus près des communes rurales.",
            Pilote = "Centre social intercommunal", Status = FicheStatus.ALancer, Deadline = new DateOnly(year + 1, 6, 30),
            Jalons = [new() { Title = "Dossier de demande de prestation LAEP déposé à la CAF", DueOn = new DateOnly(year + 1, 1, 31) }],
            PartenairesText = "- CAF de l'Yonne\n- PMI du Département", DecisionAwaited = "Validation des quatre communes d'accueil de l'itinérance.",
        });
        yield return new("parentalite", new CreateFiche
        {
            Number = "6", Title = "Développer les actions du REAAP : cafés des parents et conférences", Theme = "Parentalité",
            Objective = "Rendre visibles et accessibles les actions de soutien à la parentalité.", Pilote = "Coordination REAAP",
            Status = FicheStatus.Realisee, Progress = 100, Meteo = Meteo.Favorable, Deadline = new DateOnly(year - 1, 12, 31),
            Financements = [new() { Funder = "Fonds national parentalité", Year = year - 1, Planned = 8000m, Actual = 7600m }],
        });
        yield return new("avs", new CreateFiche
        {
            Number = "7", Title = "Soutenir le projet social du centre social intercommunal", Theme = "Animation de la vie sociale",
            Objective = "Accompagner le renouvellement de l'agrément « centre social » par la CAF.", Pilote = "Centre social intercommunal",
            Status = FicheStatus.Realisee, Progress = 100, Meteo = Meteo.Favorable, Deadline = new DateOnly(year - 1, 12, 31),
        });
        yield return new("avs", new CreateFiche
        {
            Number = "8", Title = "Créer un espace de vie sociale dans le sud du territoire", Theme = "Animation de la vie sociale",
            Objective = "Offrir aux habitants des communes du sud un lieu d'initiatives et de rencontres.", Pilote = "Association Familles rurales",
            Status = FicheStatus.Bloquee, Progress = 15, Meteo = Meteo.Difficulte, Deadline = today.AddMonths(-2),
            DecisionAwaited = "Mise à disposition d'un local communal par la commune d'accueil.", Communes = communes([10, 11]).ToList(),
        });
        yield return new("droits", new CreateFiche
        {
            Number = "9", Title = "Faciliter l'accès aux droits par France services", Theme = "Accès aux droits",
            Objective = "Rapprocher les permanences des partenaires des habitants éloignés des services.", Pilote = "France services - CCYN",
            Status = FicheStatus.Reportee, Progress = 20, Meteo = Meteo.Vigilance, Deadline = new DateOnly(year, 3, 31),
        });
        yield return new("droits", new CreateFiche
        {
            Number = "10", Title = "Organiser des rendez-vous des droits avec la CAF et la MSA", Theme = "Accès aux droits",
            Objective = "Réduire le non-recours aux prestations familiales.", Pilote = "France services - CCYN",
            Status = FicheStatus.EnCours, Progress = 45, Meteo = Meteo.Favorable, Deadline = new DateOnly(year + 1, 3, 31),
            Jalons = [new() { Title = "Première demi-journée des droits", DueOn = new DateOnly(year, 5, 15), DoneOn = new DateOnly(year, 5, 15) }],
        });
        yield return new("droits", new CreateFiche
        {
            Number = "11", Title = "Former les secrétaires de mairie au premier accueil social", Theme = "Accès aux droits",
            Objective = "Que chaque mairie sache orienter un habitant vers le bon service.", Pilote = "France services - CCYN",
            Status = FicheStatus.EnPause, Progress = 10, Deadline = new DateOnly(year + 1, 12, 31),
        });
        yield return new("pilotage", new CreateFiche
        {
            Number = "16", Title = "Construire le portrait social du territoire avec les données de la CAF", Theme = "Pilotage de la CTG",
            Objective = "Disposer d'un diagnostic partagé, actualisé chaque année.", Pilote = "Chargée de coopération CTG",
            Status = FicheStatus.EnCours, Progress = 60, Meteo = Meteo.Favorable, Deadline = new DateOnly(year, 12, 31),
        });
    }

    private void AddNotes(Dictionary<string, Guid> fiches, DateOnly today, string? author)
    {
        (string Number, int DaysAgo, string Text)[] notes =
        [
            ("17", 20, "Le COTECH a validé le calendrier des instances et le modèle de relevé de décisions. Reste à associer les communes du sud aux groupes de travail."),
            ("17", 95, "Fiche de poste présentée aux directeurs généraux des communes : bon accueil, demande d'un point trimestriel."),
            ("1", 12, "Le bureau communautaire a retenu le terrain de Pont-sur-Yonne. Le choix du mode de gestion sera soumis au prochain COPIL."),
            ("8", 40, "Le local envisagé n'est plus disponible ; la commune cherche une autre solution."),
        ];
        foreach (var (number, daysAgo, text) in notes)
        {
            db.Notes.Add(new FicheNote
            {
                Id = Guid.NewGuid(), FicheId = fiches[number], Date = today.AddDays(-daysAgo), Text = text,
                AuthorId = author, AuthorName = "Camille Martin", CreatedAt = clock.Now,
            });
        }
    }

    private async Task AddOrientationsAsync(Dictionary<string, Guid> fiches, DateOnly today, CancellationToken cancellationToken)
    {
        var decisions = await bus.AskAsync(new ListDecisions("COPIL"), cancellationToken);
        var decision = decisions.IsAvailable ? decisions.Value!.FirstOrDefault() : null;
        (string Title, string Description, string[] Fiches, DecisionSummary? From)[] orientations =
        [
            ("Garantir à chaque famille une solution d'accueil pour ses jeunes enfants", "Orientation du projet de territoire adopté par le conseil communautaire.", ["1", "2"], null),
            ("Faire de la CTG le cadre commun des politiques familiales et sociales", "Les élus ont souhaité que la coordination soit renforcée et visible.", ["17", "16", "10"], decision),
            ("Aller vers les habitants éloignés des services", "Priorité donnée aux communes rurales du sud du territoire.", ["5", "8", "9", "11"], null),
        ];
        foreach (var (title, description, numbers, from) in orientations)
        {
            var orientation = new Orientation
            {
                Id = Guid.NewGuid(), Title = title, Description = description, CreatedAt = clock.Now,
                Source = from is null ? OrientationSource.Saisie : OrientationSource.Decision,
                DecisionReference = from?.Reference, DecisionLabel = from?.Label,
                AdoptedOn = from?.Date ?? today.AddMonths(-14),
            };
            orientation.Fiches.AddRange(numbers.Select(n => new OrientationFiche { OrientationId = orientation.Id, FicheId = fiches[n] }));
            db.Orientations.Add(orientation);
        }
    }

    private void AddDemandes(Dictionary<string, Guid> fiches, DateOnly today)
    {
        (string Subject, string Requester, RequesterKind Kind, string Organisation, int DaysAgo, int? DueIn, DemandeStatus Status, string? Answer, decimal? Hours, string[] Fiches)[] demandes =
        [
            ("Préparer la présentation du plan d'actions au conseil municipal", "Sophie Bernard", RequesterKind.Elu, "Commune de Villeneuve-la-Guyard", 60, -40, DemandeStatus.Traitee,
                "Diaporama de 12 diapositives et note de synthèse remis ; présentation faite avec l'élue.", 6m, ["1", "3"]),
            ("Construire les indicateurs de suivi du LAEP", "Centre social intercommunal", RequesterKind.Service, "CC Yonne Nord", 25, 10, DemandeStatus.EnCours,
                null, 2.5m, ["5"]),
            ("Rédiger la fiche action du conseil des jeunes", "Julien Petit", RequesterKind.Service, "Commune de Pont-sur-Yonne", 8, 20, DemandeStatus.Recue, null, null, ["4"]),
            ("Appui à la réponse à l'appel à projets REAAP", "Association Familles rurales", RequesterKind.Partenaire, "Familles rurales", 45, -15, DemandeStatus.EnCours, null, 4m, ["6"]),
        ];
        foreach (var d in demandes)
        {
            var demande = new DemandeAppui
            {
                Id = Guid.NewGuid(), Subject = d.Subject, RequesterName = d.Requester, RequesterKind = d.Kind, RequesterOrganisation = d.Organisation,
                ReceivedOn = today.AddDays(-d.DaysAgo), DueOn = d.DueIn is { } due ? today.AddDays(due) : null, Status = d.Status,
                Answer = d.Answer, AnsweredOn = d.Status == DemandeStatus.Traitee ? today.AddDays(-d.DaysAgo + 12) : null, HoursSpent = d.Hours,
                CreatedAt = clock.Now,
            };
            demande.Fiches.AddRange(d.Fiches.Select(n => new DemandeFiche { DemandeId = demande.Id, FicheId = fiches[n] }));
            db.Demandes.Add(demande);
        }
    }
}
