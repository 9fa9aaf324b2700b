using System.Globalization;
using System.Text;
using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk.Messages.Governance;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance.Messaging;

/// <summary>
/// Answers other modules with the directory's organisations (to choose partners from) and the decisions of
/// the séances (to take an orientation from), each under an opaque reference.
/// </summary>
internal sealed class DirectoryHandlers(GovernanceDbContext db) :
    IRequestHandler<ListOrganisations, IReadOnlyList<OrganisationSummary>>,
    IRequestHandler<ListDecisions, IReadOnlyList<DecisionSummary>>
{
    public async Task<IReadOnlyList<OrganisationSummary>> Handle(ListOrganisations request, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking()
            .Select(o => new { o.Id, o.Name, o.Type })
            .ToListAsync(cancellationToken);
        return organisations
            .Select(o => new OrganisationSummary(DirectoryReferences.Organisation(o.Id), o.Name, o.Type.Label()))
            .OrderBy(o => o.Name, French.Comparer)
            .ToList();
    }

    public async Task<IReadOnlyList<DecisionSummary>> Handle(ListDecisions request, CancellationToken cancellationToken)
    {
        // Decisions are few (a handful per séance): read them once, then filter on the kind as people write it.
        var decisions = await db.Decisions.AsNoTracking()
            .Where(d => d.Seance.Status != SeanceStatus.Annulee)
            .Select(d => new
            {
                d.Id, d.Number, d.Text, d.Seance.Date, InstanceName = d.Seance.Instance.Name,
                d.Seance.Instance.Kind, d.Seance.Instance.CustomKind,
            })
            .ToListAsync(cancellationToken);
        var kind = request.InstanceKind is { } wanted && !string.IsNullOrWhiteSpace(wanted) ? InstanceKindFilter.Parse(wanted) : null;
        return decisions
            .Where(d => kind is null || kind.Matches(d.Kind, d.CustomKind))
            .OrderByDescending(d => d.Date).ThenBy(d => d.Number)
            .Select(d => new DecisionSummary(DirectoryReferences.Decision(d.Id), d.Date, d.InstanceName, d.Number, d.Text,
                DirectoryReferences.DecisionLabel(d.InstanceName, d.Date, d.Number)))
            .ToList();
    }
}

/// <summary>The references and labels Governance gives other modules.</summary>
internal static class DirectoryReferences
{
    public static string Organisation(Guid id) => $"organisation:{id:N}";

    public static string Decision(Guid id) => $"decision:{id:N}";

    /// <summary>"COPIL de la CTG du 12 mars 2026, décision n° 2" ("du 1er mars" for the first of the month).</summary>
    public static string DecisionLabel(string instanceName, DateOnly date, int number) =>
        $"{instanceName} du {LongDate(date)}, décision n° {number}";

    public static string LongDate(DateOnly date) =>
        (date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture)) + date.ToString(" MMMM yyyy", French.Culture);
}

/// <summary>
/// An instance kind as another module names it: "COPIL", "copil", "Comité de pilotage", "Comité technique
/// (COTECH)", the enum's name, or for another instance its own kind ("Séminaire"). Accents and case ignored.
/// </summary>
internal sealed class InstanceKindFilter
{
    private readonly HashSet<InstanceKind> _kinds;
    private readonly string _key;

    private InstanceKindFilter(string key, HashSet<InstanceKind> kinds)
    {
        _key = key;
        _kinds = kinds;
    }

    public static InstanceKindFilter Parse(string text)
    {
        var key = Normalise(text);
        var kinds = Enum.GetValues<InstanceKind>().Where(k => Names(k).Contains(key)).ToHashSet();
        return new InstanceKindFilter(key, kinds);
    }

    public bool Matches(InstanceKind kind, string? customKind) =>
        _kinds.Contains(kind) || (kind == InstanceKind.Autre && customKind is not null && Normalise(customKind) == _key);

    /// <summary>The enum's name, the label, and each part of the label: "Groupe de travail / GAT" → "GAT".</summary>
    private static IEnumerable<string> Names(InstanceKind kind)
    {
        var label = kind.Label();
        return label.Split(['(', ')', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Append(label)
            .Append(kind.ToString())
            .Select(Normalise)
            .Where(n => n.Length > 0);
    }

    private static string Normalise(string text) =>
        new(text.Normalize(NormalizationForm.FormD).Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
