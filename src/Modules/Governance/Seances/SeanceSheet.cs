using Ctg.Modules.Governance.Domain;

namespace Ctg.Modules.Governance.Seances;

/// <summary>
/// Everything about one séance that a page, a print-out, a convocation or the DOCX export shows, with the
/// names already resolved. When the reader may not see confidential minutes, <see cref="MinutesHidden"/> is
/// true and <see cref="MinutesHtml"/> is null.
/// </summary>
public sealed record SeanceSheet(
    Guid Id,
    Guid InstanceId,
    string InstanceName,
    bool MinutesConfidential,
    DateOnly Date,
    TimeOnly? StartTime,
    TimeOnly? EndTime,
    string? Place,
    string? VideoLink,
    SeanceStatus Status,
    string? MinutesHtml,
    bool MinutesHidden,
    MinutesStatus MinutesStatus,
    int Version,
    IReadOnlyList<AgendaLine> Agenda,
    IReadOnlyList<AttendanceLine> Attendance,
    IReadOnlyList<DecisionLine> Decisions)
{
    public IEnumerable<AttendanceLine> Convened => Attendance.Where(a => !a.IsGuest);

    public IEnumerable<AttendanceLine> Guests => Attendance.Where(a => a.IsGuest);

    public bool AttendanceRecorded => Attendance.Any(a => a.Status is not null);

    /// <summary>"14 h 00 – 16 h 30", "à partir de 14 h 00", or "" when no time is set.</summary>
    public string TimeLabel => (StartTime, EndTime) switch
    {
        ({ } start, { } end) => $"{Hour(start)} – {Hour(end)}",
        ({ } start, null) => $"à partir de {Hour(start)}",
        _ => "",
    };

    public string DateLabel => Date.ToString("dd/MM/yyyy");

    /// <summary>"jeudi 12 mars 2026".</summary>
    public string LongDateLabel => Date.ToString("dddd d MMMM yyyy", French.Culture);

    public static string Hour(TimeOnly time) => time.ToString("HH' h 'mm", French.Culture);
}

/// <param name="Presenter">The presenter's name, if any.</param>
public sealed record AgendaLine(Guid Id, int Position, string Title, Guid? PresenterId, string? Presenter, int? DurationMinutes, string? FicheReference, string? FicheLabel);

public sealed record AttendanceLine(
    Guid Id,
    Guid PersonId,
    string Name,
    string? Function,
    bool IsGuest,
    AttendanceStatus? Status,
    Guid? RepresentedById,
    string? RepresentedBy,
    string? OrganisationName);

public sealed record DecisionLine(Guid Id, int Number, string Text, IReadOnlyList<FollowUpLine> FollowUps);

public sealed record FollowUpLine(Guid Id, string Action, Guid? OwnerId, string? Owner, DateOnly? DueDate, FollowUpStatus Status, DateOnly? DoneOn, int Version);
