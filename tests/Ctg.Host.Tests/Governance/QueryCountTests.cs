namespace Ctg.Host.Tests.Governance;

/// <summary>
/// "A bounded number of SQL queries per page whatever the data size" (issue 3): the same pages, requested on
/// a small territory then on one many times bigger, run exactly the same number of SQL commands.
/// </summary>
public sealed class QueryCountTests(InstalledPlatform installed, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<InstalledPlatform>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);

    [Fact]
    public async Task The_dashboard_and_an_instance_page_run_as_many_queries_on_a_big_territory_as_on_a_small_one()
    {
        var platform = installed.Platform;
        Guid instance;
        using (var data = new FiguresData(platform))
        {
            instance = Territory(data, instances: 1, seancesPerInstance: 3, membersPerInstance: 4).First();
        }
        using var browser = await platform.SignedInAsync(Accounts.Coordination);
        string[] pages = ["/gouvernance/tableau-de-bord", $"/gouvernance/tableau-de-bord?periode={Today.Year - 1}", "/gouvernance/tableau-de-bord?periode=tout", $"/gouvernance/instances/{instance}", "/gouvernance/suivi", "/gouvernance/calendrier"];
        foreach (var page in pages)
        {
            await SqlCommandCounter.WarmUpAsync(browser, page); // warm-up: caches of the host (territory, menu) filled
        }
        var small = new Dictionary<string, int>();
        foreach (var page in pages)
        {
            small[page] = await SqlCommandCounter.CountAsync(platform, browser, page);
        }

        using (var data = new FiguresData(platform))
        {
            // 20 more instances, each with 6 years of séances, members, attendance, decisions and follow-ups;
            // and many more séances for the instance whose page is measured.
            Territory(data, instances: 20, seancesPerInstance: 18, membersPerInstance: 15);
            Seances(data, instance, count: 60, members: People(data, 15));
        }
        foreach (var page in pages)
        {
            var big = await SqlCommandCounter.CountAsync(platform, browser, page);
            output.WriteLine($"{page}: {small[page]} SQL commands (small), {big} (big)");
            Assert.True(small[page] == big, $"{page} : {small[page]} requêtes SQL sur le petit territoire, {big} sur le grand.");
            Assert.InRange(big, 1, 25);
        }
    }

    private static List<Guid> Territory(FiguresData data, int instances, int seancesPerInstance, int membersPerInstance)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < instances; i++)
        {
            var instance = data.Instance($"Instance {Guid.NewGuid():N}", 3);
            ids.Add(instance);
            Seances(data, instance, seancesPerInstance, People(data, membersPerInstance));
        }
        return ids;
    }

    private static List<(Guid Person, (Guid, string, string) Organisation)> People(FiguresData data, int count)
    {
        var people = new List<(Guid, (Guid, string, string))>();
        for (var p = 0; p < count; p++)
        {
            var name = $"Commune {Guid.NewGuid():N}"[..16];
            var organisation = (data.Organisation(name, p % 3 == 0 ? "Caf" : "Commune"), name, p % 3 == 0 ? "Caf" : "Commune");
            people.Add((data.Person("Prénom", $"Nom {p}", organisation.Item1), organisation));
        }
        return people;
    }

    /// <summary>Séances spread over six years up to next year: held in the past, planned in the future.</summary>
    private static void Seances(FiguresData data, Guid instance, int count, List<(Guid Person, (Guid, string, string) Organisation)> members)
    {
        string[] statuses = ["Present", "Excuse", "Absent", "Represente", "Present"];
        for (var s = 0; s < count; s++)
        {
            var date = Today.AddDays(400 - s * 2190 / count);
            var held = date < Today;
            var seance = data.Seance(instance, date, held ? (s % 10 == 0 ? "Annulee" : "Tenue") : "Planifiee", new TimeOnly(9, 30), null, "Mairie");
            for (var m = 0; m < members.Count; m++)
            {
                data.Attendance(seance, members[m].Person, held ? statuses[(s + m) % statuses.Length] : null, members[m].Organisation, guest: m == 0);
            }
            if (held)
            {
                var decision = data.Decision(seance, 1, "Décision");
                data.FollowUp(decision, "Suite", members[1].Person, date.AddMonths(2), s % 2 == 0 ? "Faite" : "AFaire", s % 2 == 0 ? date.AddMonths(1) : null);
                data.FollowUp(decision, "Autre suite", members[2].Person, date.AddMonths(4), "EnCours");
            }
        }
    }
}
