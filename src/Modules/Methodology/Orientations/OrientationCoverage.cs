using Ctg.Modules.Methodology.Domain;

namespace Ctg.Modules.Methodology.Orientations;

/// <summary>What the coverage of an orientation reads of each fiche implementing it.</summary>
public sealed record CoveredFiche(FicheStatus Status, int Progress, DateOnly? Deadline);

/// <summary>
/// How far the fiches implementing an orientation have gone. An abandoned fiche no longer implements the
/// orientation: it is counted and shown by status, but left out of the share réalisées and of the mean
/// progress; a réalisée fiche counts as 100 % whatever its last progress figure.
/// </summary>
/// <param name="ByStatus">Every status, in order, with its number of fiches.</param>
/// <param name="MeanProgress">Between 0 and 100; null when no fiche counts.</param>
/// <param name="ShareRealisees">Between 0 and 1; null when no fiche counts.</param>
/// <param name="Overdue">Past their échéance and neither réalisées nor abandonnées.</param>
public sealed record OrientationCoverage(int Fiches, IReadOnlyList<KeyValuePair<FicheStatus, int>> ByStatus, double? MeanProgress, double? ShareRealisees, int Overdue)
{
    public static OrientationCoverage Of(IEnumerable<CoveredFiche> fiches, DateOnly today)
    {
        var all = fiches.ToList();
        var counted = all.Where(f => f.Status != FicheStatus.Abandonnee).ToList();
        return new OrientationCoverage(
            all.Count,
            FicheStatuses.All.Select(s => new KeyValuePair<FicheStatus, int>(s, all.Count(f => f.Status == s))).ToList(),
            counted.Count == 0 ? null : counted.Average(f => f.Status == FicheStatus.Realisee ? 100 : Math.Clamp(f.Progress, 0, 100)),
            counted.Count == 0 ? null : (double)counted.Count(f => f.Status == FicheStatus.Realisee) / counted.Count,
            all.Count(f => f.Status.IsLate(f.Deadline, today)));
    }

    public int Count(FicheStatus status) => ByStatus.FirstOrDefault(s => s.Key == status).Value;
}
