using Ctg.Sdk;

namespace Ctg.Modules.Governance.Domain;

public enum SeanceStatus
{
    Planifiee,
    Tenue,
    Annulee,
}

public enum MinutesStatus
{
    Brouillon,
    Valide,
}

public static class SeanceStatuses
{
    public static string Label(this SeanceStatus status) => status switch
    {
        SeanceStatus.Planifiee => "Planifiée",
        SeanceStatus.Tenue => "Tenue",
        _ => "Annulée",
    };

    public static string Label(this MinutesStatus status) => status == MinutesStatus.Valide ? "Validé" : "Brouillon";
}

/// <summary>A meeting of an instance, with its agenda, attendance, minutes and decisions.</summary>
public sealed class Seance : IVersioned
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public Instance Instance { get; set; } = null!;
    public DateOnly Date { get; set; }
    public TimeOnly? StartTime { get; set; }
    public TimeOnly? EndTime { get; set; }
    public string? Place { get; set; }
    public string? VideoLink { get; set; }
    public SeanceStatus Status { get; set; }
    /// <summary>Compte rendu, as sanitised HTML.</summary>
    public string? MinutesHtml { get; set; }
    public MinutesStatus MinutesStatus { get; set; }
    public int Version { get; set; }
    public List<AgendaItem> Agenda { get; set; } = [];
    public List<Attendance> Attendances { get; set; } = [];
    public List<Decision> Decisions { get; set; } = [];
}

/// <summary>An item of the ordre du jour.</summary>
public sealed class AgendaItem
{
    public Guid Id { get; set; }
    public Guid SeanceId { get; set; }
    public int Position { get; set; }
    public string Title { get; set; } = "";
    public Guid? PresenterId { get; set; }
    public Person? Presenter { get; set; }
    public int? DurationMinutes { get; set; }
    /// <summary>Opaque reference to a fiche action of the Methodology module, and its label at the time.</summary>
    public string? FicheReference { get; set; }
    public string? FicheLabel { get; set; }
}

public enum AttendanceStatus
{
    Present,
    Excuse,
    Absent,
    Represente,
}

public static class AttendanceStatuses
{
    public static string Label(this AttendanceStatus status) => status switch
    {
        AttendanceStatus.Present => "Présent(e)",
        AttendanceStatus.Excuse => "Excusé(e)",
        AttendanceStatus.Absent => "Absent(e)",
        _ => "Représenté(e)",
    };
}

/// <summary>
/// A convened member's (or a guest's) presence at a séance. The organisation is copied when the person is
/// convened, so that figures by organisation stay right after the person leaves it or is anonymised.
/// </summary>
public sealed class Attendance
{
    public Guid Id { get; set; }
    public Guid SeanceId { get; set; }
    public Guid PersonId { get; set; }
    public Person Person { get; set; } = null!;
    /// <summary>A guest is not a member: shown on the sheet, never counted in the participation rate.</summary>
    public bool IsGuest { get; set; }
    /// <summary>Null until the attendance is recorded.</summary>
    public AttendanceStatus? Status { get; set; }
    public Guid? RepresentedById { get; set; }
    public Person? RepresentedBy { get; set; }
    public Guid? OrganisationId { get; set; }
    public string? OrganisationName { get; set; }
    public OrganisationType? OrganisationType { get; set; }
}

/// <summary>A numbered decision of the relevé de décisions.</summary>
public sealed class Decision
{
    public Guid Id { get; set; }
    public Guid SeanceId { get; set; }
    public Seance Seance { get; set; } = null!;
    public int Number { get; set; }
    public string Text { get; set; } = "";
    public List<FollowUp> FollowUps { get; set; } = [];
}

public enum FollowUpStatus
{
    AFaire,
    EnCours,
    Faite,
    Abandonnee,
}

public static class FollowUpStatuses
{
    public static string Label(this FollowUpStatus status) => status switch
    {
        FollowUpStatus.AFaire => "À faire",
        FollowUpStatus.EnCours => "En cours",
        FollowUpStatus.Faite => "Faite",
        _ => "Abandonnée",
    };

    public static bool IsOpen(this FollowUpStatus status) => status is FollowUpStatus.AFaire or FollowUpStatus.EnCours;
}

/// <summary>A suite à donner of a decision.</summary>
public sealed class FollowUp : IVersioned
{
    public Guid Id { get; set; }
    public Guid DecisionId { get; set; }
    public Decision Decision { get; set; } = null!;
    public string Action { get; set; } = "";
    public Guid? OwnerId { get; set; }
    public Person? Owner { get; set; }
    public DateOnly? DueDate { get; set; }
    public FollowUpStatus Status { get; set; }
    public DateOnly? DoneOn { get; set; }
    public int Version { get; set; }

    public bool IsOverdue(DateOnly today) => Status.IsOpen() && DueDate < today;

    /// <summary>Done by its due date (or done with no due date).</summary>
    public bool DoneOnTime => Status == FollowUpStatus.Faite && (DueDate is null || DoneOn <= DueDate);
}

/// <summary>A secret address under which an instance's séances are published as an iCalendar feed.</summary>
public sealed class CalendarFeed
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public string Token { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
