using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Ctg.Modules.Governance.Seances;

/// <summary>
/// The convocation as an iCalendar invitation (RFC 5545): one VEVENT in Europe/Paris time, whose UID stays
/// the same for a séance so that a calendar application updates the event when it is sent again. Its texts
/// follow the Sdk's rule for documents: RFC 5545 allows no control character but the tab in a text.
/// </summary>
public static class ConvocationCalendar
{
    public const string TimeZone = "Europe/Paris";

    /// <summary>Without a start time, the séance lasts this long from 9 h (an all-day event would hide it).</summary>
    private static readonly TimeSpan DefaultLength = TimeSpan.FromHours(2);

    public static string Uid(Guid seanceId) => $"seance-{seanceId:N}@plateforme-ctg";

    public static string Build(SeanceSheet seance, Uri? seancePage = null, string? organizerEmail = null)
    {
        var calendar = new Calendar { Method = "REQUEST" };
        calendar.ProductId = "-//Plateforme CTG//Gouvernance//FR";
        calendar.AddTimeZone(new VTimeZone(TimeZone));

        var start = seance.Date.ToDateTime(seance.StartTime ?? new TimeOnly(9, 0));
        var end = seance.EndTime is { } endTime && seance.StartTime is not null && endTime > seance.StartTime
            ? seance.Date.ToDateTime(endTime)
            : start + (AgendaLength(seance) ?? DefaultLength);
        var vevent = new CalendarEvent
        {
            Uid = Uid(seance.Id),
            Summary = UserText.Line(ConvocationText.Title(seance)),
            DtStart = new CalDateTime(start, TimeZone),
            DtEnd = new CalDateTime(end, TimeZone),
            Location = LocationOf(seance),
            Description = UserText.ForDocument(Description(seance, seancePage)),
            Status = seance.Status == Domain.SeanceStatus.Annulee ? "CANCELLED" : "CONFIRMED",
            Sequence = seance.Version,
        };
        if (Uri.TryCreate(seance.VideoLink, UriKind.Absolute, out var video))
        {
            vevent.Url = video;
        }
        if (!string.IsNullOrWhiteSpace(organizerEmail))
        {
            vevent.Organizer = new Organizer("mailto:" + organizerEmail.Trim());
        }
        calendar.Events.Add(vevent);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static TimeSpan? AgendaLength(SeanceSheet seance)
    {
        var minutes = seance.Agenda.Sum(a => a.DurationMinutes ?? 0);
        return minutes > 0 ? TimeSpan.FromMinutes(minutes) : null;
    }

    private static string? LocationOf(SeanceSheet seance) =>
        !string.IsNullOrWhiteSpace(seance.Place) ? UserText.Line(seance.Place)
        : !string.IsNullOrWhiteSpace(seance.VideoLink) ? "Visioconférence"
        : null;

    private static string Description(SeanceSheet seance, Uri? seancePage)
    {
        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(seance.VideoLink))
        {
            text.AppendLine($"Lien de visioconférence : {seance.VideoLink}");
        }
        text.AppendLine(ConvocationText.AgendaBlock(seance));
        if (seancePage is not null)
        {
            text.AppendLine($"La séance sur la plateforme : {seancePage}");
        }
        return text.ToString().TrimEnd();
    }
}
