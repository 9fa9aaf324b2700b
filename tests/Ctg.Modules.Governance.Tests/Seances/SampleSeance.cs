using Ctg.Modules.Governance.Domain;
using Ctg.Modules.Governance.Seances;

namespace Ctg.Modules.Governance.Tests.Seances;

/// <summary>A COPIL séance with an agenda, attendance of every kind, minutes and a decision with follow-ups.</summary>
internal static class SampleSeance
{
    public static readonly Guid Id = Guid.Parse("6f1c1a52-7a0e-4c55-9a43-0d1f00000001");

    public static SeanceSheet Build(string? minutesHtml = "<p>Le <strong>bilan annuel</strong> est présenté.</p><ul><li>Relais petite enfance</li><li>LAEP</li></ul>", bool hidden = false) => new(
        Id,
        Guid.NewGuid(),
        "COPIL de la CTG",
        MinutesConfidential: hidden,
        new DateOnly(2026, 3, 12),
        new TimeOnly(14, 0),
        new TimeOnly(16, 30),
        "Salle du conseil, Saint-Julien-du-Sault",
        "https://visio.exemple.fr/copil",
        SeanceStatus.Planifiee,
        hidden ? null : minutesHtml,
        hidden,
        MinutesStatus.Brouillon,
        3,
        [
            new AgendaLine(Guid.NewGuid(), 1, "Bilan annuel 2025", Guid.NewGuid(), "Anne Martin", 45, "fiche-1", "1.2 – Relais petite enfance"),
            new AgendaLine(Guid.NewGuid(), 2, "Questions diverses", null, null, null, null, null),
        ],
        [
            new AttendanceLine(Guid.NewGuid(), Guid.NewGuid(), "Anne Martin", "Maire", false, AttendanceStatus.Present, null, null, "Commune de Villeneuve-sur-Yonne"),
            new AttendanceLine(Guid.NewGuid(), Guid.NewGuid(), "Bruno Petit", null, false, AttendanceStatus.Represente, Guid.NewGuid(), "Claire Roux", "CAF de l'Yonne"),
            new AttendanceLine(Guid.NewGuid(), Guid.NewGuid(), "Denis Leroy", null, false, AttendanceStatus.Excuse, null, null, "MSA Bourgogne"),
            new AttendanceLine(Guid.NewGuid(), Guid.NewGuid(), "Eva Morel", null, false, AttendanceStatus.Absent, null, null, null),
            new AttendanceLine(Guid.NewGuid(), Guid.NewGuid(), "Fanny Invitée", null, true, AttendanceStatus.Present, null, null, "Centre social"),
        ],
        [
            new DecisionLine(Guid.NewGuid(), 1, "Le bilan annuel est validé.",
            [
                new FollowUpLine(Guid.NewGuid(), "Diffuser le bilan aux communes", null, "Anne Martin", new DateOnly(2026, 4, 30), FollowUpStatus.AFaire, null, 1),
            ]),
        ]);
}
