using Microsoft.Data.Sqlite;

namespace Ctg.Host.Tests.Governance;

/// <summary>
/// What the séance tests start from: an instance created through its page, and persons and seats written
/// straight into the module's tables (the directory and member pages have their own tests).
/// </summary>
[CollectionDefinition(SeanceTestData.Collection)]
public sealed class SeancesCollection : ICollectionFixture<InstalledPlatform>;

internal static class SeanceTestData
{
    /// <summary>
    /// The séance test classes share one installed platform and run one after another; each test creates its
    /// own instance (a unique name) and reads only what it wrote there.
    /// </summary>
    public const string Collection = "Séances";

    public static async Task<Guid> CreateInstanceAsync(Browser coordination, string name)
    {
        var form = await coordination.OpenAsync("/gouvernance/instances/nouvelle");
        var response = await coordination.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = name });
        return IdAtEnd(Browser.RedirectPath(response));
    }

    public static void MakeMinutesConfidential(PlatformFactory platform, Guid instanceId) =>
        Execute(platform, "UPDATE Gov_Instances SET MinutesConfidential = 1 WHERE Id = $id", ("$id", Key(instanceId)));

    public static Guid AddPerson(PlatformFactory platform, string firstName, string lastName, string? organisation = null)
    {
        string? organisationId = null;
        if (organisation is not null)
        {
            organisationId = Key(Guid.NewGuid());
            Execute(platform, "INSERT INTO Gov_Organisations (Id, Name, Type, Version) VALUES ($id, $name, 'Caf', 1)",
                ("$id", organisationId), ("$name", organisation));
        }
        var id = Guid.NewGuid();
        Execute(platform,
            "INSERT INTO Gov_Personnes (Id, FirstName, LastName, OrganisationId, Version) VALUES ($id, $first, $last, $organisation, 1)",
            ("$id", Key(id)), ("$first", firstName), ("$last", lastName), ("$organisation", (object?)organisationId ?? DBNull.Value));
        return id;
    }

    public static void AddMember(PlatformFactory platform, Guid instanceId, Guid personId, DateOnly joined, DateOnly? left = null) =>
        Execute(platform,
            "INSERT INTO Gov_Membres (Id, InstanceId, PersonId, Role, JoinedOn, LeftOn) VALUES ($id, $instance, $person, 'Membre', $joined, $left)",
            ("$id", Key(Guid.NewGuid())), ("$instance", Key(instanceId)), ("$person", Key(personId)),
            ("$joined", joined.ToString("yyyy-MM-dd")), ("$left", (object?)left?.ToString("yyyy-MM-dd") ?? DBNull.Value));

    /// <summary>Creates a séance through its page and returns its id.</summary>
    public static async Task<Guid> CreateSeanceAsync(Browser editor, Guid instanceId, DateOnly date, string status = "Planifiee", string place = "Salle du conseil")
    {
        var form = await editor.OpenAsync($"/gouvernance/instances/{instanceId}/seances/nouvelle");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        var response = await editor.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Date"] = date.ToString("yyyy-MM-dd"),
            ["Input.StartTime"] = "14:00",
            ["Input.EndTime"] = "16:30",
            ["Input.Place"] = place,
            ["Input.Status"] = status,
        });
        return IdAtEnd(Browser.RedirectPath(response));
    }

    /// <summary>How EF Core stores a Guid in SQLite.</summary>
    public static string Key(Guid id) => id.ToString("D").ToUpperInvariant();

    /// <summary>The id in the path a form leads to ("/gouvernance/instances/{id}/membres").</summary>
    private static Guid IdAtEnd(string path) =>
        path.Split('/').Select(part => Guid.TryParse(part, out var id) ? id : (Guid?)null).Last(id => id is not null)!.Value;

    private static void Execute(PlatformFactory platform, string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = platform.OpenDatabase();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, value));
        }
        command.ExecuteNonQuery();
    }
}
