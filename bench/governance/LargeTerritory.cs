using Ctg.Modules.Governance.Domain;

namespace Ctg.Bench.Governance;

/// <summary>
/// The large territory of issue 3: 60 communes among 300 organisations, 800 persons (some anonymised),
/// 40 instances with members who join and leave over time, 1 500 séances over six years (some cancelled,
/// the coming ones planned), 20 convened persons per séance (30 000 attendance rows, a few guests),
/// 4 000 decisions with their follow-ups. Deterministic for a given seed and day.
/// </summary>
internal sealed class LargeTerritory
{
    public const int Communes = 60;
    public const int OrganisationCount = 300;
    public const int PersonCount = 800;
    public const int InstanceCount = 40;
    public const int SeanceCount = 1500;
    public const int ConvenedPerSeance = 20;
    public const int DecisionCount = 4000;
    private const int MembersPerInstance = 26;

    public List<Organisation> Organisations { get; } = [];
    public List<Person> Persons { get; } = [];
    public List<Instance> Instances { get; } = [];
    public List<Seance> Seances { get; } = [];

    public static LargeTerritory Generate(int seed, DateOnly today)
    {
        var random = new Random(seed);
        var territory = new LargeTerritory();
        var first = today.AddYears(-6).AddMonths(6); // six years: five and a half behind, six months ahead
        OrganisationType[] others = [OrganisationType.Epci, OrganisationType.Caf, OrganisationType.Msa, OrganisationType.Departement,
            OrganisationType.Etat, OrganisationType.Association, OrganisationType.Association, OrganisationType.Association,
            OrganisationType.Equipement, OrganisationType.Equipement, OrganisationType.Autre];
        for (var i = 0; i < OrganisationCount; i++)
        {
            var type = i < Communes ? OrganisationType.Commune : others[i % others.Length];
            territory.Organisations.Add(new Organisation
            {
                Id = Guid.NewGuid(),
                Name = type == OrganisationType.Commune ? $"Commune n° {i + 1:00}" : $"{type.Label()} n° {i + 1:000}",
                Type = type,
                InseeCode = type == OrganisationType.Commune ? $"89{i + 100:000}" : null,
                Version = 1,
            });
        }
        string[] firstNames = ["Camille", "Dominique", "Claude", "Sacha", "Alix", "Maxime", "Morgane", "Jean", "Anne", "Louise", "Hugo", "Léa"];
        for (var i = 0; i < PersonCount; i++)
        {
            var person = new Person
            {
                Id = Guid.NewGuid(),
                FirstName = firstNames[i % firstNames.Length],
                LastName = $"Personne {i + 1:000}",
                Function = i % 4 == 0 ? "Élu(e) référent(e)" : "Technicien(ne)",
                OrganisationId = territory.Organisations[random.Next(OrganisationCount)].Id,
                Email = $"personne{i + 1:000}@exemple.fr",
                Version = 1,
            };
            if (i % 40 == 39)
            {
                person.Anonymise(new DateTimeOffset(today.AddMonths(-2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
            }
            territory.Persons.Add(person);
        }
        var organisationOf = territory.Persons.ToDictionary(p => p.Id, p => territory.Organisations.First(o => o.Id == p.OrganisationId));

        for (var i = 0; i < InstanceCount; i++)
        {
            var kind = i switch { 0 => InstanceKind.Copil, 1 => InstanceKind.Cotech, _ when i % 3 == 0 => InstanceKind.ComiteThematique, _ => InstanceKind.GroupeDeTravail };
            var instance = new Instance
            {
                Id = Guid.NewGuid(),
                Name = kind switch { InstanceKind.Copil => "COPIL de la CTG", InstanceKind.Cotech => "COTECH de la CTG", _ => $"{kind.Label()} n° {i:00}" },
                Kind = kind,
                ExpectedSeancesPerYear = kind == InstanceKind.Copil ? 2 : 6,
                IsActive = i < InstanceCount - 2,
                Version = 1,
            };
            foreach (var p in Enumerable.Range(0, MembersPerInstance))
            {
                var person = territory.Persons[(i * 19 + p * 7) % PersonCount];
                // Most members sit from the start; some join later, some leave.
                var joined = p < 18 ? first.AddDays(-30) : first.AddDays(random.Next(0, 6 * 365));
                DateOnly? left = p % 9 == 8 ? joined.AddDays(random.Next(200, 1500)) : null;
                instance.Members.Add(new Membership
                {
                    Id = Guid.NewGuid(), InstanceId = instance.Id, PersonId = person.Id,
                    Role = p == 0 ? MemberRole.Animateur : p == 1 ? MemberRole.President : MemberRole.Membre,
                    JoinedOn = joined, LeftOn = left,
                });
            }
            territory.Instances.Add(instance);
        }

        var days = today.AddMonths(6).DayNumber - first.DayNumber;
        var decisionsLeft = DecisionCount;
        for (var s = 0; s < SeanceCount; s++)
        {
            var instance = territory.Instances[s % InstanceCount];
            var date = DateOnly.FromDayNumber(first.DayNumber + (int)((long)s * days / SeanceCount) + random.Next(0, 3));
            var status = date >= today ? SeanceStatus.Planifiee : random.Next(100) < 5 ? SeanceStatus.Annulee : SeanceStatus.Tenue;
            var recorded = status == SeanceStatus.Tenue && random.Next(100) >= 2;
            var seance = new Seance
            {
                Id = Guid.NewGuid(), InstanceId = instance.Id, Date = date, Status = status,
                StartTime = s % 2 == 0 ? new TimeOnly(9, 30) : new TimeOnly(14, 0),
                EndTime = s % 2 == 0 ? new TimeOnly(12, 0) : new TimeOnly(16, 30),
                Place = $"Salle du conseil, {territory.Organisations[s % Communes].Name}",
                MinutesStatus = status == SeanceStatus.Tenue ? MinutesStatus.Valide : MinutesStatus.Brouillon,
                MinutesHtml = status == SeanceStatus.Tenue ? "<p>Compte rendu de la séance.</p>" : null,
                Version = 1,
            };
            var members = instance.MembersOn(date).Take(ConvenedPerSeance).ToList();
            foreach (var member in members)
            {
                var organisation = organisationOf[member.PersonId];
                seance.Attendances.Add(new Attendance
                {
                    Id = Guid.NewGuid(), SeanceId = seance.Id, PersonId = member.PersonId,
                    Status = recorded ? RandomStatus(random) : null,
                    OrganisationId = organisation.Id, OrganisationName = organisation.Name, OrganisationType = organisation.Type,
                });
            }
            // Guests fill the sheet up to 20 rows: never counted in the rate.
            var convened = members.Select(m => m.PersonId).ToHashSet();
            for (var g = 0; seance.Attendances.Count < ConvenedPerSeance; g++)
            {
                var guest = territory.Persons[(s * 31 + g * 13) % PersonCount];
                if (!convened.Add(guest.Id))
                {
                    continue;
                }
                var organisation = organisationOf[guest.Id];
                seance.Attendances.Add(new Attendance
                {
                    Id = Guid.NewGuid(), SeanceId = seance.Id, PersonId = guest.Id, IsGuest = true,
                    Status = recorded ? AttendanceStatus.Present : null,
                    OrganisationId = organisation.Id, OrganisationName = organisation.Name, OrganisationType = organisation.Type,
                });
            }
            if (status == SeanceStatus.Tenue)
            {
                var heldLeft = (SeanceCount - s) * 0.9;
                var count = Math.Min(decisionsLeft, (int)Math.Round(decisionsLeft / Math.Max(1.0, heldLeft) + random.NextDouble()));
                for (var d = 1; d <= count; d++)
                {
                    var decision = new Decision { Id = Guid.NewGuid(), SeanceId = seance.Id, Number = d, Text = $"Décision n° {d} de la séance du {date:dd/MM/yyyy}." };
                    for (var f = 0; f < 1 + random.Next(2); f++)
                    {
                        var due = date.AddDays(30 + random.Next(150));
                        var followUp = new FollowUp
                        {
                            Id = Guid.NewGuid(), DecisionId = decision.Id, Action = $"Suite {f + 1} de la décision n° {d}",
                            OwnerId = members.Count > 0 ? members[random.Next(members.Count)].PersonId : null, DueDate = due, Version = 1,
                        };
                        var roll = random.Next(100);
                        if (due < today.AddMonths(-3) ? roll < 85 : roll < 30)
                        {
                            followUp.Status = FollowUpStatus.Faite;
                            followUp.DoneOn = due.AddDays(random.Next(-40, 25));
                        }
                        else if (roll < 92)
                        {
                            followUp.Status = roll % 2 == 0 ? FollowUpStatus.AFaire : FollowUpStatus.EnCours;
                        }
                        else
                        {
                            followUp.Status = FollowUpStatus.Abandonnee;
                        }
                        decision.FollowUps.Add(followUp);
                    }
                    seance.Decisions.Add(decision);
                }
                decisionsLeft -= count;
            }
            territory.Seances.Add(seance);
        }
        // What rounding left over goes to the last held séances.
        foreach (var seance in territory.Seances.Where(s => s.Status == SeanceStatus.Tenue).Reverse().Take(decisionsLeft))
        {
            seance.Decisions.Add(new Decision { Id = Guid.NewGuid(), SeanceId = seance.Id, Number = seance.Decisions.Count + 1, Text = "Décision complémentaire." });
        }
        return territory;
    }

    private static AttendanceStatus? RandomStatus(Random random) => random.Next(100) switch
    {
        < 58 => AttendanceStatus.Present,
        < 66 => AttendanceStatus.Represente,
        < 83 => AttendanceStatus.Excuse,
        < 97 => AttendanceStatus.Absent,
        _ => null,
    };
}
