using Ctg.Modules.Methodology.Domain;
using Ctg.Modules.Methodology.Plans;
using Xunit;

namespace Ctg.Modules.Methodology.Tests.Plans;

public class PlanTreeTests
{
    private sealed record Fiche(Guid FicheId, Guid? NodeId, string Number, FicheStatus Status) : IPlacedFiche;

    private static readonly Guid Axe1 = Guid.NewGuid(), Axe2 = Guid.NewGuid(), Enjeu21 = Guid.NewGuid(), Enjeu22 = Guid.NewGuid(), Objectif = Guid.NewGuid();

    private static readonly Plan Plan = new() { LevelLabels = "Axe|Enjeu|Objectif opérationnel" };

    private static List<PlanNodeRow> Nodes() =>
    [
        new(Enjeu22, Axe2, 2, "2.2", "Soutenir les parents d'adolescents"),
        new(Axe2, null, 2, "2", "Parentalité"),
        new(Objectif, Enjeu21, 1, "2.1.1", "Ouvrir un lieu d'accueil enfants-parents"),
        new(Axe1, null, 1, "1", "Petite enfance"),
        new(Enjeu21, Axe2, 1, "2.1", "Accompagner les jeunes parents"),
    ];

    [Fact]
    public void Nodes_are_ordered_by_position_among_their_siblings_and_labelled_with_their_level()
    {
        var tree = PlanTree.Build<Fiche>(Nodes(), []);

        Assert.Equal(["Axe 1 — Petite enfance", "Axe 2 — Parentalité"], tree.Roots.Select(n => n.Label(Plan)));
        var axe2 = tree.Roots[1];
        Assert.Equal(["Enjeu 2.1 — Accompagner les jeunes parents", "Enjeu 2.2 — Soutenir les parents d'adolescents"], axe2.Children.Select(n => n.Label(Plan)));
        Assert.Equal("Objectif opérationnel 2.1.1 — Ouvrir un lieu d'accueil enfants-parents", axe2.Children[0].Children[0].Label(Plan));
        Assert.Equal([Axe1, Axe2, Enjeu21, Objectif, Enjeu22], tree.Nodes.Select(n => n.Id));
        Assert.Equal(3, tree.LevelsUsed);
        Assert.Equal([Axe2, Enjeu21, Objectif], tree.Find(Objectif)!.Path.Select(n => n.Id));
    }

    [Fact]
    public void Fiches_sit_under_their_node_in_number_order_and_counts_add_up_the_branch()
    {
        Fiche[] fiches =
        [
            new(Guid.NewGuid(), Objectif, "2.10", FicheStatus.Realisee),
            new(Guid.NewGuid(), Objectif, "2.3", FicheStatus.EnCours),
            new(Guid.NewGuid(), Enjeu22, "2.11", FicheStatus.Realisee),
            new(Guid.NewGuid(), Axe1, "1.1", FicheStatus.ALancer),
            new(Guid.NewGuid(), null, "17", FicheStatus.EnCours),
        ];

        var tree = PlanTree.Build(Nodes(), fiches);

        Assert.Equal(["2.3", "2.10"], tree.Find(Objectif)!.Fiches.Select(f => f.Number));
        var axe2 = tree.Find(Axe2)!;
        Assert.Equal((3, 2), (axe2.FicheCount, axe2.DoneCount));
        Assert.Equal((2, 1), (tree.Find(Enjeu21)!.FicheCount, tree.Find(Enjeu21)!.DoneCount));
        Assert.Equal((1, 0), (tree.Find(Axe1)!.FicheCount, tree.Find(Axe1)!.DoneCount));
        Assert.Equal(["17"], tree.Unplaced.Select(f => f.Number));
        Assert.Equal(["1.1", "2.3", "2.10", "2.11", "17"], tree.FichesInOrder().Select(e => e.Fiche.Number));
    }

    [Fact]
    public void Nothing_is_hidden_when_rows_point_to_missing_or_circular_parents()
    {
        var lost = Guid.NewGuid();
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        PlanNodeRow[] nodes =
        [
            new(Axe1, Guid.NewGuid(), 1, "1", "Parent disparu"),
            new(a, b, 2, "A", "Boucle A"),
            new(b, a, 3, "B", "Boucle B"),
        ];
        Fiche[] fiches = [new(Guid.NewGuid(), lost, "5", FicheStatus.EnCours), new(Guid.NewGuid(), b, "6", FicheStatus.EnCours)];

        var tree = PlanTree.Build(nodes, fiches);

        Assert.Equal(3, tree.Nodes.Count);
        Assert.Contains(tree.Roots, n => n.Id == Axe1);
        Assert.Equal(["5"], tree.Unplaced.Select(f => f.Number));
        Assert.Equal(["6"], tree.Find(b)!.Fiches.Select(f => f.Number));
    }

    [Fact]
    public void A_node_without_code_is_labelled_with_its_level_and_title_only()
    {
        Assert.Equal("Axe — Parentalité", PlanTree.NodeLabel("Axe", null, "Parentalité"));
        Assert.Equal("Objectif opérationnel — X", new Plan { LevelLabels = "Axe|Objectif opérationnel" }.LevelLabel(5) + " — X");
    }
}
