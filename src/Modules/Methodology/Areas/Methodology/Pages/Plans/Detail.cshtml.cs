using Ctg.Modules.Methodology.Domain;
using Ctg.Modules.Methodology.Plans;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Modules.Methodology.Pages.Plans;

/// <summary>
/// The plan page: its tree with the fiches under each node, counts per node, and for the coordination the
/// tools that edit the tree and the fiches' places. Each tool posts one small command; a refused command
/// shows its French message at the top of the page and saves nothing.
/// </summary>
/// <remarks>
/// A large plan (past <see cref="FullTreeNodes"/> nodes or <see cref="FullTreeFiches"/> fiches) is shown
/// folded: its top level, and the branch named by <c>?noeud=</c> unfolded down to that node, each list cut at
/// <see cref="ListLimit"/> lines. Each folded node links to the page with its branch unfolded: the page stays a
/// few hundred kilobytes whatever the plan's size (a plan of 10 000 lines weighed 62 Mo fully unfolded), with no
/// script. The selects of the placing tools offer the nodes and fiches shown.
/// </remarks>
public sealed class DetailModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public const int FullTreeNodes = 150;
    public const int FullTreeFiches = 600;
    public const int ListLimit = 200;
    public const int CandidatesShown = 1_000;

    private readonly HashSet<Guid> _unfolded = [];

    public PlanPage Data { get; private set; } = null!;

    /// <summary>Whether the tree is shown folded (a large plan).</summary>
    public bool Folded { get; private set; }

    /// <summary>The nodes shown, in reading order.</summary>
    public IReadOnlyList<PlanTreeNode<PlanFicheRow>> ShownNodes { get; private set; } = [];

    /// <summary>The fiches shown, in reading order (under the nodes shown, then the unplaced ones).</summary>
    public IReadOnlyList<PlanFicheRow> ShownFiches { get; private set; } = [];

    public int NodeCount => Data.Tree.Nodes.Count;

    public int FicheCount => Data.Tree.Nodes.Sum(n => n.Fiches.Count) + Data.Tree.Unplaced.Count;

    /// <summary>Whether a node's fiches and children are shown.</summary>
    public bool IsUnfolded(PlanTreeNode<PlanFicheRow> node) => !Folded || _unfolded.Contains(node.Id);

    /// <summary>The part of a list the page shows.</summary>
    public IReadOnlyList<T> Shown<T>(IReadOnlyList<T> items) => Folded && items.Count > ListLimit ? items.Take(ListLimit).ToList() : items;

    public Plan Plan => Data.Plan;

    public bool CanEdit => user.CanEditEverything;

    /// <summary>How many levels the plan has (and so how deep its tree may go).</summary>
    public int Levels => Math.Clamp(Plan.Levels.Count, 1, Plan.MaxDepth);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? noeud) => await LoadAsync(id, noeud) ? Page() : NotFound();

    public Task<IActionResult> OnPostAjouterNoeudAsync(Guid id, AddPlanNode noeud)
    {
        noeud.PlanId = id;
        return RunAsync(id, noeud, _ => $"« {noeud.Title.Trim()} » est ajouté au plan.", nodeId => nodeId);
    }

    public Task<IActionResult> OnPostModifierNoeudAsync(Guid id, EditPlanNode noeud)
    {
        noeud.PlanId = id;
        return RunAsync(id, noeud, _ => $"« {noeud.Title.Trim()} » est enregistré.", _ => noeud.NodeId);
    }

    public Task<IActionResult> OnPostDeplacerNoeudAsync(Guid id, Guid noeudId, bool monter) =>
        RunAsync(id, new MovePlanNode(id, noeudId, monter), _ => null, _ => noeudId);

    public Task<IActionResult> OnPostSupprimerNoeudAsync(Guid id, Guid noeudId) =>
        RunAsync(id, new DeletePlanNode(id, noeudId), _ => "L'élément est supprimé du plan ; ses fiches sont conservées.", _ => null);

    public Task<IActionResult> OnPostAjouterFichesAsync(Guid id, Guid? noeudId, List<Guid> fiches) =>
        RunAsync(id, new AddFichesToPlan { PlanId = id, NodeId = noeudId, FicheIds = fiches }, count => $"{count} fiche(s) ajoutée(s) au plan.", _ => noeudId);

    public Task<IActionResult> OnPostDeplacerFicheAsync(Guid id, Guid ficheId, Guid? noeudId) =>
        RunAsync(id, new MovePlanFiche(id, ficheId, noeudId), _ => "La fiche est déplacée.", _ => noeudId);

    public Task<IActionResult> OnPostRetirerFicheAsync(Guid id, Guid ficheId) =>
        RunAsync(id, new RemovePlanFiche(id, ficheId), _ => "La fiche est retirée du plan ; elle reste dans la liste des fiches et dans ses autres plans.", _ => null);

    /// <summary>Options of a node select: every node shown, indented by its depth.</summary>
    public IEnumerable<(Guid Id, string Label)> NodeChoices() =>
        ShownNodes.Select(n => (n.Id, new string('\u00A0', n.Depth * 3) + n.Label(Plan)));

    private async Task<IActionResult> RunAsync<T>(Guid id, IRequest<T> command, Func<T, string?> message, Func<T, Guid?> anchor)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        ModelState.Clear();
        try
        {
            var result = await mediator.Send(command, HttpContext.RequestAborted);
            if (message(result) is { } text)
            {
                TempData["Message"] = text;
            }
            return Redirect($"/methodologie/plans/{id}" + (anchor(result) is { } node ? $"?noeud={node}#noeud-{node}" : ""));
        }
        catch (InvalidInputException invalid)
        {
            foreach (var error in invalid.Errors)
            {
                ModelState.AddModelError(error.Field, error.Message);
            }
            return await LoadAsync(id) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, Guid? unfold = null)
    {
        var data = await mediator.Send(new LoadPlanPage(id, CanEdit), HttpContext.RequestAborted);
        if (data is null)
        {
            return false;
        }
        Data = data;
        Folded = NodeCount > FullTreeNodes || FicheCount > FullTreeFiches;
        if (data.Tree.Find(unfold) is { } target)
        {
            _unfolded.UnionWith(target.Path.Select(n => n.Id));
        }
        var nodes = new List<PlanTreeNode<PlanFicheRow>>();
        var fiches = new List<PlanFicheRow>();
        var pending = new Stack<PlanTreeNode<PlanFicheRow>>(Shown(data.Tree.Roots).Reverse());
        while (pending.TryPop(out var node))
        {
            nodes.Add(node);
            if (IsUnfolded(node))
            {
                fiches.AddRange(Shown(node.Fiches));
                foreach (var child in Shown(node.Children).Reverse())
                {
                    pending.Push(child);
                }
            }
        }
        fiches.AddRange(Shown(data.Tree.Unplaced));
        ShownNodes = nodes;
        ShownFiches = fiches;
        ViewData.SetTrail(data.Plan.Title, new Breadcrumb("Plan d'actions", "/methodologie"), new Breadcrumb("Plans d'actions", "/methodologie/plans"));
        return true;
    }

    public static string StatusClass(FicheStatus status) => status switch
    {
        FicheStatus.ALancer => "text-bg-secondary",
        FicheStatus.EnCours => "text-bg-primary",
        FicheStatus.Realisee => "text-bg-success",
        FicheStatus.Reportee => "text-bg-warning",
        FicheStatus.EnPause => "text-bg-info",
        FicheStatus.Bloquee => "text-bg-danger",
        _ => "text-bg-dark",
    };
}
