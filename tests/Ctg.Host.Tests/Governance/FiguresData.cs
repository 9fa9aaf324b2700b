using Microsoft.Data.Sqlite;

namespace Ctg.Host.Tests.Governance;

/// <summary>
/// Writes Governance rows straight into a platform's database, in the formats EF Core uses on SQLite, for
/// tests that need data the pages of another use case create (séances with attendance, decisions...).
/// </summary>
public sealed class FiguresData : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;

    public FiguresData(PlatformFactory platform)
    {
        _connection = platform.OpenDatabase();
        _transaction = _connection.BeginTransaction();
    }

    public Guid Organisation(string name, string type) =>
        Insert("Gov_Organisations", new() { ["Name"] = name, ["Type"] = type, ["Version"] = 1 });

    public Guid Person(string firstName, string lastName, Guid? organisation, string? userId = null, bool anonymised = false) =>
        Insert("Gov_Personnes", new()
        {
            ["FirstName"] = anonymised ? "" : firstName,
            ["LastName"] = anonymised ? "Personne anonymisée" : lastName,
            ["OrganisationId"] = organisation,
            ["UserId"] = userId,
            ["AnonymisedAt"] = anonymised ? "2026-01-05 10:00:00+00:00" : null,
            ["Version"] = 1,
        });

    public Guid Instance(string name, int expectedPerYear, string kind = "GroupeDeTravail", bool active = true) =>
        Insert("Gov_Instances", new()
        {
            ["Name"] = name, ["Kind"] = kind, ["ExpectedSeancesPerYear"] = expectedPerYear, ["IsActive"] = active,
            ["MinutesConfidential"] = false, ["Version"] = 1,
        });

    public Guid Member(Guid instance, Guid person, DateOnly joined, string role = "Membre") =>
        Insert("Gov_Membres", new() { ["InstanceId"] = instance, ["PersonId"] = person, ["Role"] = role, ["JoinedOn"] = joined });

    public Guid Seance(Guid instance, DateOnly date, string status, TimeOnly? start = null, TimeOnly? end = null, string? place = null) =>
        Insert("Gov_Seances", new()
        {
            ["InstanceId"] = instance, ["Date"] = date, ["Status"] = status, ["StartTime"] = start, ["EndTime"] = end,
            ["Place"] = place, ["MinutesStatus"] = "Brouillon", ["Version"] = 1,
        });

    /// <param name="organisation">(id, name, type) copied at convocation.</param>
    public Guid Attendance(Guid seance, Guid person, string? status, (Guid Id, string Name, string Type) organisation, bool guest = false) =>
        Insert("Gov_Emargements", new()
        {
            ["SeanceId"] = seance, ["PersonId"] = person, ["Status"] = status, ["IsGuest"] = guest,
            ["OrganisationId"] = organisation.Id, ["OrganisationName"] = organisation.Name, ["OrganisationType"] = organisation.Type,
        });

    public Guid Decision(Guid seance, int number, string text) =>
        Insert("Gov_Decisions", new() { ["SeanceId"] = seance, ["Number"] = number, ["Text"] = text });

    public Guid FollowUp(Guid decision, string action, Guid? owner, DateOnly? due, string status = "AFaire", DateOnly? doneOn = null) =>
        Insert("Gov_SuitesADonner", new()
        {
            ["DecisionId"] = decision, ["Action"] = action, ["OwnerId"] = owner, ["DueDate"] = due, ["Status"] = status,
            ["DoneOn"] = doneOn, ["Version"] = 1,
        });

    /// <summary>The host's id of an account, to link a person of the directory to it.</summary>
    public string UserId(string email)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = "SELECT Id FROM Plateforme_Utilisateurs WHERE NormalizedEmail = $email";
        command.Parameters.AddWithValue("$email", email.ToUpperInvariant());
        return (string)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        _transaction.Commit();
        _transaction.Dispose();
        _connection.Dispose();
    }

    private Guid Insert(string table, Dictionary<string, object?> values) => SqliteRows.Insert(_connection, _transaction, table, values);
}
