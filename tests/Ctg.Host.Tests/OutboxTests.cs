using Ctg.Host.Mediation;
using Ctg.Host.Tests.Governance;
using Ctg.Sdk;
using Ctg.Sdk.Messages.Governance;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Host.Tests;

/// <summary>The platform with a plugin whose subscriber to held séances fails while it is set broken.</summary>
public sealed class FailingSubscriberPlatform : InstalledPlatform
{
    protected override PlatformOptions Options => new() { ExtraPlugins = ["FailingSubscriber"] };
}

/// <summary>
/// Events go through a durable outbox (ADR 0010): a subscriber that throws neither fails the person's request
/// nor loses the event, which is tried again, shown to administrators once it keeps failing, and delivered
/// when the subscriber works again; a change that is not saved leaves no event behind.
/// </summary>
public sealed class OutboxTests(FailingSubscriberPlatform fixture) : IClassFixture<FailingSubscriberPlatform>
{
    private const string BrokenSetting = "Modules:essai-abonne:EnPanne";

    private readonly InstalledPlatform _sessions = fixture;
    private readonly PlatformFactory _platform = fixture.Platform;

    [Fact]
    public async Task A_failing_subscriber_neither_fails_the_seance_nor_loses_its_event_which_is_retried_shown_and_delivered_once_repaired()
    {
        SetSubscriberBroken(true);
        using var coordination = await _sessions.SignedInAsync(Accounts.Coordination);
        var instanceName = $"COPIL {Guid.NewGuid():N}";
        var instance = await SeanceTestData.CreateInstanceAsync(coordination, instanceName);

        // The séance is saved and the person is led to it: the failing subscriber is not their concern.
        var seance = await SeanceTestData.CreateSeanceAsync(coordination, instance, new DateOnly(2025, 3, 12), "Tenue");
        var page = await coordination.OpenAsync($"/gouvernance/seances/{seance}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Tenue", page.TextOf(".seance-status"));

        // The other subscriber, Evaluation's journal, received it during the request as before.
        Assert.Equal(1, JournalEntries(instanceName));
        var delivery = Assert.Single(DeliveriesOf(seance));
        Assert.Contains("SeanceHeldSubscriber", delivery.Subscriber);
        Assert.Equal(1, delivery.Attempts);
        Assert.Contains("Abonné d'essai en panne", delivery.LastError);

        // Not tried again before its time; then once per pass, each later than the one before.
        var dispatcher = _platform.Services.GetRequiredService<OutboxDispatcher>();
        await dispatcher.DispatchDueAsync(DateTime.UtcNow, CancellationToken.None);
        Assert.Equal(1, Assert.Single(DeliveriesOf(seance)).Attempts);
        var now = DateTime.UtcNow;
        for (var attempt = 2; attempt <= OutboxPolicy.AttemptsBeforeAlert; attempt++)
        {
            now = now.AddDays(1);
            await dispatcher.DispatchDueAsync(now, CancellationToken.None);
            Assert.Equal(attempt, Assert.Single(DeliveriesOf(seance)).Attempts);
        }
        // A retry runs only the subscriber that failed: the journal holds the séance once.
        Assert.Equal(1, JournalEntries(instanceName));

        using var admin = await _sessions.SignedInAsync(Accounts.Administrateur);
        var modules = await admin.OpenAsync("/admin/modules");
        var row = modules.Document.QuerySelector($"#evenements tr[data-delivery='{delivery.Id}']");
        Assert.NotNull(row);
        Assert.Equal("SeanceHeld", HtmlPage.Normalize(row.QuerySelector(".event-type")!.TextContent));
        Assert.Contains("SeanceHeldSubscriber (Essai : abonné en panne)", HtmlPage.Normalize(row.QuerySelector(".event-subscriber")!.TextContent));
        Assert.Equal(OutboxPolicy.AttemptsBeforeAlert.ToString(), HtmlPage.Normalize(row.QuerySelector(".event-attempts")!.TextContent));
        Assert.Contains("Abonné d'essai en panne", row.QuerySelector(".event-error")!.TextContent);
        Assert.Contains("dernier essai le", HtmlPage.Normalize(row.TextContent));

        // Repaired, the subscriber receives the event when the administrator relaunches it.
        SetSubscriberBroken(false);
        var relaunched = await admin.SubmitAndFollowAsync(modules, new Dictionary<string, string>(), $"tr[data-delivery='{delivery.Id}'] form");
        Assert.Equal(HttpStatusCode.OK, relaunched.Status);
        Assert.Contains("L'événement a été remis à son abonné.", relaunched.TextOf(".alert-success"));
        Assert.Null(relaunched.Document.QuerySelector($"tr[data-delivery='{delivery.Id}']"));
        Assert.Empty(DeliveriesOf(seance));
        Assert.Equal(0, EventsOf(seance));
        Assert.Contains(seance.ToString(), await File.ReadAllTextAsync(Path.Combine(_platform.DataDirectory, "essai-abonne.txt")));
        Assert.Equal(1, JournalEntries(instanceName));
    }

    [Fact]
    public async Task The_background_dispatcher_delivers_a_failed_event_once_its_subscriber_works_again()
    {
        SetSubscriberBroken(true);
        using var coordination = await _sessions.SignedInAsync(Accounts.Coordination);
        var instance = await SeanceTestData.CreateInstanceAsync(coordination, $"COTECH {Guid.NewGuid():N}");
        var seance = await SeanceTestData.CreateSeanceAsync(coordination, instance, new DateOnly(2025, 4, 2), "Tenue");
        Assert.Equal(1, Assert.Single(DeliveriesOf(seance)).Attempts);

        SetSubscriberBroken(false);
        await _platform.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(DateTime.UtcNow.AddMinutes(1), CancellationToken.None);

        Assert.Empty(DeliveriesOf(seance));
        Assert.Contains(seance.ToString(), await File.ReadAllTextAsync(Path.Combine(_platform.DataDirectory, "essai-abonne.txt")));
    }

    [Fact]
    public async Task Events_written_in_a_module_transaction_that_rolls_back_leave_no_outbox_row_and_are_kept_when_it_commits()
    {
        foreach (var commit in new[] { false, true })
        {
            var seance = Guid.NewGuid();
            var organisation = $"Organisation {Guid.NewGuid():N}";
            await using (var scope = _platform.Services.CreateAsyncScope())
            {
                var governance = (DbContext)scope.ServiceProvider.GetRequiredService(_platform.Catalog.Enabled
                    .Single(m => m.Manifest.Id == ModuleIds.Governance).Module.DbContextType!);
                await using var transaction = await governance.Database.BeginTransactionAsync();
                await governance.Database.ExecuteSqlAsync(
                    $"INSERT INTO Gov_Organisations (Id, Name, Type, Version) VALUES ({Guid.NewGuid()}, {organisation}, 'Caf', 1)");
                var written = await scope.ServiceProvider.GetRequiredService<OutboxWriter>()
                    .WriteAsync([new SeanceHeld(seance, "COPIL", new DateOnly(2025, 5, 6))], governance.Database, Guid.NewGuid(), CancellationToken.None);
                // One delivery per running subscriber: Evaluation's journal and the test plugin's.
                Assert.Equal(2, written.Count);
                if (commit)
                {
                    await transaction.CommitAsync();
                }
            }

            Assert.Equal(commit ? 1 : 0, Count("SELECT COUNT(*) FROM Gov_Organisations WHERE Name = $value", organisation));
            Assert.Equal(commit ? 1 : 0, EventsOf(seance));
            Assert.Equal(commit ? 2 : 0, DeliveriesOf(seance).Count);
        }
    }

    [Fact]
    public async Task An_event_whose_type_no_module_declares_any_more_is_kept_and_its_reason_recorded()
    {
        var past = DateTime.UtcNow.AddMinutes(-5).ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF");
        Guid eventId;
        Guid deliveryId;
        using (var connection = _platform.OpenDatabase())
        {
            eventId = SqliteRows.Insert(connection, null!, "Plateforme_Evenements", new()
            {
                ["Type"] = "Ctg.Plugins.Retire.EvenementRetire, Ctg.Plugins.Retire",
                ["Payload"] = "{}",
                ["PublishedAtUtc"] = past,
            });
            deliveryId = SqliteRows.Insert(connection, null!, "Plateforme_EvenementsLivraisons", new()
            {
                ["EventId"] = eventId,
                ["Subscriber"] = "Ctg.Plugins.Retire.Abonne, Ctg.Plugins.Retire",
                ["Attempts"] = 0,
                ["NextAttemptAtUtc"] = past,
            });
        }

        await _platform.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(DateTime.UtcNow, CancellationToken.None);

        Assert.Equal(1, Count("SELECT COUNT(*) FROM Plateforme_Evenements WHERE Id = $value", Key(eventId)));
        Assert.Equal(1, Count("SELECT Attempts FROM Plateforme_EvenementsLivraisons WHERE Id = $value", Key(deliveryId)));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM Plateforme_EvenementsLivraisons WHERE Id = $value AND LastError LIKE '%déclaré par aucun module en fonctionnement%'", Key(deliveryId)));
    }

    private static string Key(Guid id) => (string)SqliteRows.Format(id);

    private void SetSubscriberBroken(bool broken) =>
        _platform.Services.GetRequiredService<IConfiguration>()[BrokenSetting] = broken ? "true" : "false";

    private sealed record Delivery(Guid Id, string Subscriber, int Attempts, string? LastError);

    private List<Delivery> DeliveriesOf(Guid seance)
    {
        using var connection = _platform.OpenDatabase();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT d.Id, d.Subscriber, d.Attempts, d.LastError
            FROM Plateforme_EvenementsLivraisons d JOIN Plateforme_Evenements e ON e.Id = d.EventId
            WHERE e.Payload LIKE '%' || $seance || '%'
            """;
        command.Parameters.Add(new SqliteParameter("$seance", seance.ToString()));
        using var reader = command.ExecuteReader();
        var deliveries = new List<Delivery>();
        while (reader.Read())
        {
            deliveries.Add(new Delivery(Guid.Parse(reader.GetString(0)), reader.GetString(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }
        return deliveries;
    }

    private long EventsOf(Guid seance) => Count("SELECT COUNT(*) FROM Plateforme_Evenements WHERE Payload LIKE '%' || $value || '%'", seance.ToString());

    private long JournalEntries(string instanceName) => Count("SELECT COUNT(*) FROM Eval_Journal WHERE Text = $value", $"Séance tenue : {instanceName}");

    private long Count(string sql, string value)
    {
        using var connection = _platform.OpenDatabase();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new SqliteParameter("$value", value));
        return (long)command.ExecuteScalar()!;
    }
}
