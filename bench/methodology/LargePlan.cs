using Ctg.Modules.Methodology.Domain;

namespace Ctg.Bench.Methodology;

/// <summary>
/// The large plan of issue 4: 400 fiches actions with every field filled as real fiches are (texts of a
/// few hundred words, 3 to 5 missions, jalons, financements, notes, a history), placed in a tree of
/// 5 axes × 4 objectifs stratégiques × 3 objectifs opérationnels. Deterministic for a given seed and day.
/// </summary>
internal sealed class LargePlan
{
    public const int FicheCount = 400;
    private static readonly string[] Themes = ["Petite enfance", "Enfance-jeunesse", "Parentalité", "Animation de la vie sociale", "Accès aux droits"];
    private static readonly string[] Funders = ["CAF de l'Yonne", "Communauté de communes", "Département de l'Yonne", "MSA", "État (FNP)"];
    private static readonly string[] Partners = ["CAF de l'Yonne", "MSA Bourgogne", "Centre social intercommunal", "PMI", "Éducation nationale", "Mission locale", "Associations familiales"];
    private static readonly string[] Verbs = ["Développer", "Structurer", "Renforcer", "Coordonner", "Améliorer", "Soutenir", "Accompagner", "Créer"];
    private static readonly string[] Objects = ["l'offre d'accueil du jeune enfant", "les accueils de loisirs", "le soutien à la parentalité",
        "l'accès aux droits des familles", "la coordination des acteurs", "l'information des familles", "les projets des jeunes", "l'animation de la vie sociale"];

    public Plan Plan { get; } = new();
    public List<FicheAction> Fiches { get; } = [];
    public List<FicheChange> Changes { get; } = [];

    public static LargePlan Generate(int seed, DateOnly today, DateTimeOffset now)
    {
        var random = new Random(seed);
        var result = new LargePlan();
        var plan = result.Plan;
        plan.Id = Guid.NewGuid();
        plan.Title = "Plan d'actions CTG (généré pour la mesure)";
        plan.Description = "Un plan de 400 fiches actions pour mesurer les pages du module.";
        plan.StartsOn = new DateOnly(today.Year - 2, 1, 1);
        plan.EndsOn = new DateOnly(today.Year + 2, 12, 31);
        plan.LevelLabels = "Axe|Objectif stratégique|Objectif opérationnel";
        plan.CreatedAt = now;
        var leaves = new List<PlanNode>();
        for (var a = 0; a < 5; a++)
        {
            var axe = Node(plan, null, 0, a, $"{a + 1}", $"{Themes[a]} : une offre lisible et coordonnée");
            for (var s = 0; s < 4; s++)
            {
                var strategic = Node(plan, axe.Id, 1, s, $"{a + 1}.{s + 1}", $"{Pick(random, Verbs)} {Pick(random, Objects)}");
                for (var o = 0; o < 3; o++)
                {
                    leaves.Add(Node(plan, strategic.Id, 2, o, $"{a + 1}.{s + 1}.{o + 1}", $"{Pick(random, Verbs)} {Pick(random, Objects)} ({o + 1})"));
                }
            }
        }
        var statuses = Enum.GetValues<FicheStatus>();
        for (var i = 0; i < FicheCount; i++)
        {
            var id = Guid.NewGuid();
            var leaf = leaves[i % leaves.Count];
            var theme = Themes[(i % leaves.Count) / 12];
            var status = statuses[random.Next(statuses.Length)];
            var updated = now.AddDays(-random.Next(0, 300));
            var fiche = new FicheAction
            {
                Id = id,
                Number = (i + 1).ToString(),
                Title = $"{Pick(random, Verbs)} {Pick(random, Objects)} — fiche {i + 1}",
                Theme = theme,
                Diagnostic = Paragraphs(random, "Le diagnostic partagé fait apparaître", 3) + "\n" + Bullets(random, 4),
                Objective = $"{Pick(random, Verbs)} {Pick(random, Objects)} sur l'ensemble du territoire.",
                OperationalObjectives = Bullets(random, 4),
                Implementation = Paragraphs(random, "L'action est conduite", 1),
                TargetAudience = "- Familles du territoire\n- Professionnels de l'enfance\n- Élus locaux",
                Pilote = $"Pilote {i % 25 + 1}",
                Services = "Service enfance-jeunesse - CCYN",
                EluReferent = $"Élu référent {i % 12 + 1}",
                Means = "0,5 ETP de coordination ; salles communales ; outils de communication.",
                ExpectedResults = Bullets(random, 3),
                IndicatorsText = Bullets(random, 4),
                Status = status,
                Progress = status switch { FicheStatus.Realisee => 100, FicheStatus.ALancer => 0, _ => random.Next(5, 95) },
                Meteo = (Meteo)random.Next(3),
                Priority = (Priority)random.Next(3),
                Deadline = today.AddDays(random.Next(-400, 900)),
                CreatedAt = now.AddDays(-400),
                UpdatedAt = updated,
            };
            for (var m = 0; m < 3 + random.Next(3); m++)
            {
                fiche.Missions.Add(new FicheMission
                {
                    Id = Guid.NewGuid(), FicheId = id, Position = m,
                    Title = $"{Pick(random, Verbs)} {Pick(random, Objects)}",
                    Items = string.Join("\n", Enumerable.Range(0, 2 + random.Next(3)).Select(_ => $"{Pick(random, Verbs)} {Pick(random, Objects)} avec les partenaires ;")),
                });
            }
            for (var j = 0; j < 2 + random.Next(4); j++)
            {
                var due = today.AddDays(random.Next(-500, 700));
                fiche.Jalons.Add(new FicheJalon
                {
                    Id = Guid.NewGuid(), FicheId = id, Title = $"Jalon {j + 1} : {Pick(random, Verbs).ToLowerInvariant()} {Pick(random, Objects)}",
                    DueOn = due, DoneOn = due < today && random.Next(3) > 0 ? due.AddDays(random.Next(-20, 40)) : null,
                });
            }
            for (var c = 0; c < 1 + random.Next(5); c++)
            {
                var code = $"89{random.Next(100, 480):000}";
                if (fiche.Communes.All(x => x.InseeCode != code))
                {
                    fiche.Communes.Add(new FicheCommune { FicheId = id, InseeCode = code, Name = $"Commune {code}" });
                }
            }
            foreach (var (partner, p) in Partners.OrderBy(_ => random.Next()).Take(2 + random.Next(3)).Select((x, p) => (x, p)))
            {
                fiche.Partenaires.Add(new FichePartenaire { Id = Guid.NewGuid(), FicheId = id, Position = p, Name = partner });
            }
            for (var f = 0; f < 2 + random.Next(3); f++)
            {
                var planned = random.Next(2, 80) * 500m;
                fiche.Financements.Add(new FicheFinancement
                {
                    Id = Guid.NewGuid(), FicheId = id, Funder = Funders[(i + f) % Funders.Length], Year = today.Year - 1 + f % 3,
                    Planned = planned, Actual = f % 3 == 0 ? planned * 0.9m : null,
                });
            }
            for (var n = 0; n < random.Next(5); n++)
            {
                fiche.Notes.Add(new FicheNote
                {
                    Id = Guid.NewGuid(), FicheId = id, Date = today.AddDays(-random.Next(0, 300)),
                    Text = Paragraphs(random, "Point d'étape :", 1), AuthorName = "Camille Coordinatrice", CreatedAt = updated,
                });
            }
            result.Changes.Add(new FicheChange { FicheId = id, At = fiche.CreatedAt, UserName = "Génération", Field = "Création", NewValue = "Saisie" });
            for (var h = 0; h < 2 + random.Next(6); h++)
            {
                result.Changes.Add(new FicheChange
                {
                    FicheId = id, At = fiche.CreatedAt.AddDays(30 * (h + 1)), UserName = "Camille Coordinatrice",
                    Field = "Avancement", OldValue = $"{h * 10} %", NewValue = $"{(h + 1) * 10} %",
                });
            }
            result.Fiches.Add(fiche);
            plan.Fiches.Add(new PlanFiche { PlanId = plan.Id, FicheId = id, NodeId = leaf.Id, Position = i / leaves.Count });
        }
        return result;
    }

    private static PlanNode Node(Plan plan, Guid? parent, int depth, int position, string code, string title)
    {
        var node = new PlanNode { Id = Guid.NewGuid(), PlanId = plan.Id, ParentId = parent, Depth = depth, Position = position, Code = code, Title = title };
        plan.Nodes.Add(node);
        return node;
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Paragraphs(Random random, string start, int count) => string.Join("\n", Enumerable.Range(0, count).Select(_ =>
        $"{start} un besoin de {Pick(random, Objects)} : les acteurs souhaitent {Pick(random, Verbs).ToLowerInvariant()} {Pick(random, Objects)} " +
        $"et {Pick(random, Verbs).ToLowerInvariant()} {Pick(random, Objects)}, en lien avec les communes, la CAF et les partenaires du territoire."));

    private static string Bullets(Random random, int count) =>
        string.Join("\n", Enumerable.Range(0, count).Select(_ => $"- {Pick(random, Verbs)} {Pick(random, Objects)} ;"));
}
