using Ctg.Modules.Governance.Seances;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Xunit;

namespace Ctg.Modules.Governance.Tests.Seances;

public class ConvocationCalendarTests
{
    private static CalendarEvent ParseSingleEvent(string ics, out Calendar calendar)
    {
        calendar = Calendar.Load(ics)!;
        return Assert.Single(calendar.Events);
    }

    [Fact]
    public void The_invitation_parses_back_with_the_seance_in_paris_time()
    {
        var ics = ConvocationCalendar.Build(SampleSeance.Build(), new Uri("https://ctg.exemple.fr/gouvernance/seances/1"));

        var vevent = ParseSingleEvent(ics, out var calendar);

        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal(ConvocationCalendar.Uid(SampleSeance.Id), vevent.Uid);
        Assert.Equal("COPIL de la CTG – séance du 12/03/2026", vevent.Summary);
        Assert.Equal("Salle du conseil, Saint-Julien-du-Sault", vevent.Location);
        Assert.Equal(new Uri("https://visio.exemple.fr/copil"), vevent.Url);
        Assert.Equal("Europe/Paris", vevent.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 3, 12, 14, 0, 0), vevent.DtStart.Value);
        Assert.Equal(new DateTime(2026, 3, 12, 16, 30, 0), vevent.DtEnd!.Value);
        // 14 h in Paris in March (winter time) is 13 h UTC.
        Assert.Equal(new DateTime(2026, 3, 12, 13, 0, 0, DateTimeKind.Utc), vevent.DtStart!.AsUtc);
        Assert.Contains("1. Bilan annuel 2025 (présenté par Anne Martin, 45 min)", vevent.Description);
        Assert.Contains("2. Questions diverses", vevent.Description);
        Assert.Single(calendar.TimeZones);
        Assert.Equal("Europe/Paris", calendar.TimeZones[0]!.TzId);
    }

    [Fact]
    public void The_uid_stays_the_same_when_the_seance_is_sent_again()
    {
        var first = ParseSingleEvent(ConvocationCalendar.Build(SampleSeance.Build()), out _);
        var again = ParseSingleEvent(ConvocationCalendar.Build(SampleSeance.Build() with { Place = "Mairie" }), out _);

        Assert.Equal(first.Uid, again.Uid);
        Assert.Equal("Mairie", again.Location);
    }

    [Fact]
    public void A_seance_without_a_time_lasts_its_agenda_from_nine()
    {
        var seance = SampleSeance.Build() with { StartTime = null, EndTime = null, VideoLink = null, Place = null };

        var vevent = ParseSingleEvent(ConvocationCalendar.Build(seance), out _);

        Assert.Equal(new DateTime(2026, 3, 12, 9, 0, 0), vevent.DtStart!.Value);
        Assert.Equal(new DateTime(2026, 3, 12, 9, 45, 0), vevent.DtEnd!.Value);
        Assert.Null(vevent.Url);
        Assert.Null(vevent.Location);
    }

    [Fact]
    public void The_text_convocation_names_date_time_place_and_each_item()
    {
        var seance = SampleSeance.Build();

        Assert.Equal("Convocation : COPIL de la CTG – séance du 12/03/2026", ConvocationText.Subject(seance));
        var body = ConvocationText.Body(seance);
        Assert.Contains("le jeudi 12 mars 2026, 14 h 00 – 16 h 30", body);
        Assert.Contains("Lieu : Salle du conseil, Saint-Julien-du-Sault", body);
        Assert.Contains("Lien de visioconférence : https://visio.exemple.fr/copil", body);
        Assert.Contains("1. Bilan annuel 2025 (présenté par Anne Martin, 45 min) – fiche action 1.2 – Relais petite enfance", body);
    }

    [Theory]
    [InlineData(45, "45 min")]
    [InlineData(60, "1 h")]
    [InlineData(90, "1 h 30")]
    public void Durations_read_the_french_way(int minutes, string expected) =>
        Assert.Equal(expected, ConvocationText.Duration(minutes));
}
