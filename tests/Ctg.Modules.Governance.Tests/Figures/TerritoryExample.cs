using Ctg.Modules.Governance.Domain;
using Ctg.Modules.Governance.Figures;

namespace Ctg.Modules.Governance.Tests.Figures;

/// <summary>
/// A small territory checked by hand. COPIL (1 séance a year expected) and GAT (3 a year).
/// Persons: A and C (Commune X), B (CAF), D (Commune Y, joined the GAT in the summer of 2025),
/// E (Association Z, anonymised since: the rows keep the organisation copied at convocation), G a guest.
/// <code>
/// S1 COPIL 10/03/2025 held      A présent, B représenté, C excusé, E présent, G invité présent -> 3/4
/// S2 GAT   15/09/2025 held      A présent, B absent, C (no status), D présent, E absent        -> 2/5
/// S3 GAT   01/06/2025 cancelled A présent, B présent                                           -> not counted
/// S4 GAT   20/11/2025 held      attendance not recorded                                         -> not counted
/// S5 GAT   15/12/2025 planned                                                                   -> not counted
/// S6 COPIL 05/12/2024 held      A présent, B absent                                            -> 1/2
/// </code>
/// </summary>
internal static class TerritoryExample
{
    public static readonly DateOnly Today = new(2026, 2, 10);

    public static readonly Guid Copil = Guid.NewGuid();
    public static readonly Guid Gat = Guid.NewGuid();
    public static readonly Guid CommuneX = Guid.NewGuid();
    public static readonly Guid CommuneY = Guid.NewGuid();
    public static readonly Guid Caf = Guid.NewGuid();
    public static readonly Guid AssociationZ = Guid.NewGuid();

    public static readonly SeanceFact S1 = new(Guid.NewGuid(), Copil, new(2025, 3, 10), SeanceStatus.Tenue);
    public static readonly SeanceFact S2 = new(Guid.NewGuid(), Gat, new(2025, 9, 15), SeanceStatus.Tenue);
    public static readonly SeanceFact S3 = new(Guid.NewGuid(), Gat, new(2025, 6, 1), SeanceStatus.Annulee);
    public static readonly SeanceFact S4 = new(Guid.NewGuid(), Gat, new(2025, 11, 20), SeanceStatus.Tenue);
    public static readonly SeanceFact S5 = new(Guid.NewGuid(), Gat, new(2025, 12, 15), SeanceStatus.Planifiee);
    public static readonly SeanceFact S6 = new(Guid.NewGuid(), Copil, new(2024, 12, 5), SeanceStatus.Tenue);

    public static IReadOnlyList<SeanceFact> AllSeances => [S1, S2, S3, S4, S5, S6];

    public static IReadOnlyList<InstanceFact> Instances =>
        [new(Copil, "COPIL de la CTG", 1, true), new(Gat, "GAT Petite enfance", 3, true)];

    public static IReadOnlyList<AttendanceFact> AllAttendance =>
    [
        A(S1, AttendanceStatus.Present, CommuneX, "Commune X", OrganisationType.Commune),
        A(S1, AttendanceStatus.Represente, Caf, "CAF de l'Yonne", OrganisationType.Caf),
        A(S1, AttendanceStatus.Excuse, CommuneX, "Commune X", OrganisationType.Commune),
        A(S1, AttendanceStatus.Present, AssociationZ, "Association Z", OrganisationType.Association),
        A(S1, AttendanceStatus.Present, CommuneY, "Commune Y", OrganisationType.Commune, guest: true),

        A(S2, AttendanceStatus.Present, CommuneX, "Commune X", OrganisationType.Commune),
        A(S2, AttendanceStatus.Absent, Caf, "CAF de l'Yonne", OrganisationType.Caf),
        A(S2, null, CommuneX, "Commune X", OrganisationType.Commune),
        A(S2, AttendanceStatus.Present, CommuneY, "Commune Y", OrganisationType.Commune),
        A(S2, AttendanceStatus.Absent, AssociationZ, "Association Z", OrganisationType.Association),

        A(S3, AttendanceStatus.Present, CommuneX, "Commune X", OrganisationType.Commune),
        A(S3, AttendanceStatus.Present, Caf, "CAF de l'Yonne", OrganisationType.Caf),

        A(S4, null, CommuneX, "Commune X", OrganisationType.Commune),
        A(S4, null, Caf, "CAF de l'Yonne", OrganisationType.Caf),

        A(S6, AttendanceStatus.Present, CommuneX, "Commune X", OrganisationType.Commune),
        A(S6, AttendanceStatus.Absent, Caf, "CAF de l'Yonne", OrganisationType.Caf),
    ];

    public static IReadOnlyList<SeanceCount> Counts =>
        AllSeances.GroupBy(s => (s.InstanceId, s.Date.Year, s.Status)).Select(g => new SeanceCount(g.Key.InstanceId, g.Key.Year, g.Key.Status, g.Count())).ToList();

    public static ParticipationFigures Participation2025 =>
        ParticipationCalculator.Compute(AllSeances.Where(s => s.Date.Year == 2025), Instances, AllAttendance);

    private static AttendanceFact A(SeanceFact seance, AttendanceStatus? status, Guid organisation, string name, OrganisationType type, bool guest = false) =>
        new(seance.Id, guest, status, organisation, name, type);
}
