using Ctg.Modules.Governance.Data;
using Ctg.Modules.Governance.Domain;
using Ctg.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Modules.Governance;

/// <summary>
/// CC Yonne Nord's governance over the last two years: the directory (élus of its real communes, the CAF,
/// the MSA, the Département, structures and associations, with invented names), the COPIL, the COTECH and
/// three GAT with their members, and séances with attendance, minutes, decisions and follow-ups.
/// Deterministic: the same demo on every machine.
/// </summary>
internal sealed class GovernanceDemo(GovernanceDbContext db, IClock clock) : IDemoContributor
{
    private readonly Random _random = new(17);
    private readonly Dictionary<string, Organisation> _organisations = [];
    private readonly Dictionary<string, Person> _persons = [];

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        await OrganisationsAsync(context.Territory, cancellationToken);
        Persons(context);

        var coordinatrice = _persons["coordination"];
        var copil = Instance("COPIL de la CTG", InstanceKind.Copil, 1, "Pilotage politique",
            "Élus de la CC Yonne Nord et des communes, CAF de l'Yonne, MSA, Département : arbitre, valide le bilan annuel et les orientations.",
            confidential: true,
            [("president", MemberRole.President), ("vp-famille", MemberRole.Membre), ("maire-pont", MemberRole.Membre), ("maire-villeneuve", MemberRole.Membre),
             ("maire-champigny", MemberRole.Membre), ("caf-direction", MemberRole.Membre), ("msa", MemberRole.Membre), ("departement", MemberRole.Membre),
             ("coordination", MemberRole.Animateur)]);
        var cotech = Instance("COTECH de la CTG", InstanceKind.Cotech, 3, "Suivi technique du plan d'actions",
            "Techniciens de l'EPCI, des communes, de la CAF et des partenaires : prépare les COPIL et suit les fiches actions.",
            confidential: false,
            [("coordination", MemberRole.Animateur), ("caf-ct", MemberRole.Membre), ("dgs", MemberRole.Membre), ("rpe", MemberRole.Membre),
             ("centre-social", MemberRole.Membre), ("alsh", MemberRole.Membre), ("pmi", MemberRole.Membre), ("msa-as", MemberRole.Membre)]);
        var gatPetiteEnfance = Instance("GAT Petite enfance et parentalité", InstanceKind.GroupeDeTravail, 3, "Petite enfance, parentalité",
            "Groupe d'appui technique : accueil du jeune enfant, RPE, LAEP, soutien à la parentalité.",
            confidential: false,
            [("coordination", MemberRole.Animateur), ("rpe", MemberRole.Membre), ("eaje", MemberRole.Membre), ("pmi", MemberRole.Membre),
             ("caf-ct", MemberRole.Membre), ("asso-parents", MemberRole.Membre)]);
        var gatJeunesse = Instance("GAT Enfance-jeunesse", InstanceKind.GroupeDeTravail, 3, "Enfance, jeunesse",
            "Groupe d'appui technique : accueils de loisirs, périscolaire, PEDT, jeunesse.",
            confidential: false,
            [("contributeur", MemberRole.Animateur), ("alsh", MemberRole.Membre), ("maire-pont", MemberRole.Membre), ("caf-ct", MemberRole.Membre),
             ("asso-sport", MemberRole.Membre)]);
        var gatAvs = Instance("GAT Animation de la vie sociale", InstanceKind.GroupeDeTravail, 3, "Animation de la vie sociale, accès aux droits",
            "Groupe d'appui technique : centre social, espaces de vie sociale, France services, accès aux droits.",
            confidential: false,
            [("coordination", MemberRole.Animateur), ("centre-social", MemberRole.Membre), ("france-services", MemberRole.Membre),
             ("caf-ct", MemberRole.Membre), ("msa-as", MemberRole.Membre), ("asso-parents", MemberRole.Membre)]);

        // The CAF's territorial adviser changed during the current year: the former one left, the new one
        // joined in March, and is convened only from then on.
        var newAdviser = _persons["caf-ct-nouvelle"];
        foreach (var instance in new[] { cotech, gatPetiteEnfance, gatJeunesse, gatAvs })
        {
            var former = instance.Members.First(m => m.PersonId == _persons["caf-ct"].Id);
            former.LeftOn = new DateOnly(today.Year, 2, 28);
            instance.Members.Add(new Membership { Id = Guid.NewGuid(), PersonId = newAdviser.Id, Person = newAdviser, Role = MemberRole.Membre, JoinedOn = new DateOnly(today.Year, 3, 1) });
        }

        Seances(copil, [(12, 4)], coordinatrice, today, withDecisions: true);
        Seances(cotech, [(3, 12), (6, 18), (10, 9)], coordinatrice, today, withDecisions: true);
        Seances(gatPetiteEnfance, [(2, 6), (5, 14), (10, 2)], coordinatrice, today, withDecisions: false);
        Seances(gatJeunesse, [(2, 20), (9, 24)], _persons["contributeur"], today, withDecisions: false);
        Seances(gatAvs, [(4, 3), (9, 17), (12, 2)], coordinatrice, today, withDecisions: true);

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task OrganisationsAsync(Territory territory, CancellationToken cancellationToken)
    {
        // The communes and the EPCI may already exist (created when the territory was installed).
        var existing = await db.Organisations.ToListAsync(cancellationToken);
        Organisation Find(string key, string name, OrganisationType type, string? insee = null)
        {
            var organisation = existing.FirstOrDefault(o => insee is not null ? o.InseeCode == insee : o.Name == name && o.Type == type);
            if (organisation is null)
            {
                organisation = new Organisation { Id = Guid.NewGuid(), Name = name, Type = type, InseeCode = insee };
                db.Organisations.Add(organisation);
                existing.Add(organisation);
            }
            return _organisations[key] = organisation;
        }

        Find("epci", territory.Name, OrganisationType.Epci);
        foreach (var commune in territory.Communes)
        {
            Find(commune.InseeCode, commune.Name, OrganisationType.Commune, commune.InseeCode);
        }
        Find("caf", "CAF de l'Yonne", OrganisationType.Caf);
        Find("msa", "MSA Bourgogne", OrganisationType.Msa);
        Find("departement", "Conseil départemental de l'Yonne", OrganisationType.Departement);
        Find("centre-social", "Centre social intercommunal du Nord de l'Yonne", OrganisationType.Equipement);
        Find("rpe", "Relais petite enfance Yonne Nord", OrganisationType.Equipement);
        Find("eaje", "Multi-accueil Les Petits Pas", OrganisationType.Equipement);
        Find("france-services", "France services de Pont-sur-Yonne", OrganisationType.Equipement);
        Find("asso-parents", "Association Parents en Yonne Nord", OrganisationType.Association);
        Find("asso-sport", "Union sportive Yonne Nord", OrganisationType.Association);
    }

    private void Persons(DemoContext context)
    {
        string? Account(string email) => context.Accounts.TryGetValue(email, out var id) ? id : null;
        Add("coordination", "Camille", "Martin", "Chargée de coopération territoriale CTG", "epci", "petite enfance; parentalité; jeunesse; animation de la vie sociale", Account("coordination@demo.local"));
        Add("president", "Gérard", "Lefèvre", "Président de la CC Yonne Nord", "epci", null);
        Add("vp-famille", "Martine", "Roux", "Vice-présidente enfance, jeunesse et famille", "epci", "petite enfance; jeunesse");
        Add("dgs", "Nicolas", "Garnier", "Directeur général des services", "epci", null);
        Add("maire-pont", "Sophie", "Bernard", "Maire adjointe aux affaires scolaires", "89309", "jeunesse", Account("elu@demo.local"));
        Add("maire-villeneuve", "Alain", "Moreau", "Maire", "89460", null);
        Add("maire-champigny", "Isabelle", "Fournier", "Maire", "89074", "petite enfance");
        Add("caf-direction", "Hélène", "Girard", "Responsable du service action sociale", "caf", null);
        Add("caf-ct", "Philippe", "Bonnet", "Conseiller territorial", "caf", "petite enfance; parentalité");
        Add("caf-ct-nouvelle", "Aurélie", "Dupuis", "Conseillère territoriale", "caf", "petite enfance; parentalité");
        Add("msa", "Bernard", "Lambert", "Élu MSA", "msa", null);
        Add("msa-as", "Claire", "Fontaine", "Travailleuse sociale", "msa", "accès aux droits");
        Add("departement", "Jacques", "Rousseau", "Conseiller départemental", "departement", null);
        Add("pmi", "Nathalie", "Blanc", "Puéricultrice de PMI", "departement", "petite enfance; parentalité");
        Add("centre-social", "Karim", "Benali", "Directeur du centre social", "centre-social", "animation de la vie sociale; accès aux droits");
        Add("rpe", "Élodie", "Mercier", "Animatrice du relais petite enfance", "rpe", "petite enfance");
        Add("eaje", "Laura", "Chevalier", "Directrice du multi-accueil", "eaje", "petite enfance");
        Add("alsh", "Thomas", "Robin", "Coordinateur enfance-jeunesse", "epci", "jeunesse");
        Add("contributeur", "Julien", "Petit", "Responsable du service jeunesse", "89309", "jeunesse", Account("contributeur@demo.local"));
        Add("france-services", "Fatima", "Haddad", "Animatrice France services", "france-services", "accès aux droits");
        Add("asso-parents", "Marc", "Vincent", "Président", "asso-parents", "parentalité");
        Add("asso-sport", "Julie", "Morel", "Coordinatrice", "asso-sport", "jeunesse");
    }

    private void Add(string key, string first, string last, string function, string organisation, string? interests, string? userId = null)
    {
        var person = new Person
        {
            Id = Guid.NewGuid(),
            FirstName = first,
            LastName = last,
            Function = function,
            Organisation = _organisations[organisation],
            OrganisationId = _organisations[organisation].Id,
            Email = $"{Fold(first)}.{Fold(last)}@exemple-yonne-nord.fr",
            Phone = $"03 86 {_random.Next(10, 99)} {_random.Next(10, 99)} {_random.Next(10, 99)}",
            Interests = interests,
            UserId = userId,
        };
        _persons[key] = person;
        db.Persons.Add(person);
    }

    private static string Fold(string text) =>
        new string(text.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetter).Select(char.ToLowerInvariant).ToArray());

    private Instance Instance(string name, InstanceKind kind, int expected, string theme, string purpose, bool confidential, (string Person, MemberRole Role)[] members)
    {
        var joined = clock.Today.AddYears(-3);
        var instance = new Instance
        {
            Id = Guid.NewGuid(),
            Name = name,
            Kind = kind,
            ExpectedSeancesPerYear = expected,
            Theme = theme,
            Purpose = purpose,
            MinutesConfidential = confidential,
            Members = members.Select(m => new Membership
            {
                Id = Guid.NewGuid(),
                PersonId = _persons[m.Person].Id,
                Person = _persons[m.Person],
                Role = m.Role,
                JoinedOn = new DateOnly(joined.Year, 1, 1),
            }).ToList(),
        };
        db.Instances.Add(instance);
        return instance;
    }

    /// <param name="calendar">(month, day) of the yearly séances.</param>
    private void Seances(Instance instance, (int Month, int Day)[] calendar, Person animator, DateOnly today, bool withDecisions)
    {
        var place = $"Siège de la CC Yonne Nord, salle du conseil";
        foreach (var year in new[] { today.Year - 2, today.Year - 1, today.Year })
        {
            foreach (var (month, day) in calendar)
            {
                var date = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
                if (date < today.AddYears(-2))
                {
                    continue;
                }
                var held = date <= today;
                var seance = new Seance
                {
                    Id = Guid.NewGuid(),
                    InstanceId = instance.Id,
                    Date = date,
                    StartTime = instance.Kind == InstanceKind.Copil ? new TimeOnly(18, 0) : new TimeOnly(9, 30),
                    EndTime = instance.Kind == InstanceKind.Copil ? new TimeOnly(20, 0) : new TimeOnly(12, 0),
                    Place = place,
                    Status = held ? SeanceStatus.Tenue : SeanceStatus.Planifiee,
                };
                seance.Agenda.AddRange(AgendaFor(instance, seance, animator));
                foreach (var member in instance.MembersOn(date))
                {
                    seance.Attendances.Add(new Attendance
                    {
                        Id = Guid.NewGuid(),
                        PersonId = member.PersonId,
                        OrganisationId = member.Person.OrganisationId,
                        OrganisationName = member.Person.Organisation?.Name,
                        OrganisationType = member.Person.Organisation?.Type,
                        Status = held ? AttendanceFor(member) : null,
                    });
                }
                // A member who cannot come is represented by a colleague of the EPCI.
                foreach (var represented in seance.Attendances.Where(a => a.Status == AttendanceStatus.Represente))
                {
                    var representative = represented.PersonId == _persons["dgs"].Id ? _persons["vp-famille"] : _persons["dgs"];
                    represented.RepresentedById = representative.Id;
                }
                var guest = _persons["france-services"];
                if (held && instance.Kind == InstanceKind.GroupeDeTravail && seance.Attendances.All(a => a.PersonId != guest.Id))
                {
                    // A partner who is not a member, invited for one séance: shown apart, never counted.
                    seance.Attendances.Add(new Attendance
                    {
                        Id = Guid.NewGuid(),
                        PersonId = _persons["france-services"].Id,
                        IsGuest = true,
                        Status = AttendanceStatus.Present,
                        OrganisationId = _persons["france-services"].OrganisationId,
                        OrganisationName = _persons["france-services"].Organisation?.Name,
                        OrganisationType = OrganisationType.Equipement,
                    });
                }
                if (held)
                {
                    seance.MinutesHtml = Minutes(instance, seance);
                    seance.MinutesStatus = date < today.AddDays(-20) ? MinutesStatus.Valide : MinutesStatus.Brouillon;
                    if (withDecisions)
                    {
                        seance.Decisions.AddRange(DecisionsFor(instance, seance, today));
                    }
                }
                db.Seances.Add(seance);
            }
        }
    }

    private AttendanceStatus AttendanceFor(Membership member)
    {
        var draw = _random.Next(100);
        return member.Role == MemberRole.Animateur ? AttendanceStatus.Present
            : draw < 68 ? AttendanceStatus.Present
            : draw < 80 ? AttendanceStatus.Excuse
            : draw < 88 ? AttendanceStatus.Represente
            : AttendanceStatus.Absent;
    }

    private static IEnumerable<AgendaItem> AgendaFor(Instance instance, Seance seance, Person animator)
    {
        string[] titles = instance.Kind switch
        {
            InstanceKind.Copil => ["Bilan annuel de la CTG", "Avancement du plan d'actions", "Orientations pour l'année à venir", "Questions diverses"],
            InstanceKind.Cotech => ["Suivi des fiches actions", "Préparation du prochain COPIL", "Indicateurs de suivi"],
            _ => ["Tour de table des actions", "Point sur la fiche action du groupe", "Calendrier des prochaines étapes"],
        };
        return titles.Select((title, index) => new AgendaItem
        {
            Id = Guid.NewGuid(),
            SeanceId = seance.Id,
            Position = index + 1,
            Title = title,
            PresenterId = index == 0 ? animator.Id : null,
            DurationMinutes = index == titles.Length - 1 ? 15 : 30,
        });
    }

    private static string Minutes(Instance instance, Seance seance) =>
        $"<h3>Séance du {seance.Date:dd/MM/yyyy}</h3>" +
        $"<p>La séance de l'instance « {instance.Name} » s'est tenue au siège de la CC Yonne Nord.</p>" +
        "<ul><li>Le point d'avancement du plan d'actions a été présenté et discuté.</li>" +
        "<li>Les partenaires ont partagé leurs priorités pour la période à venir.</li></ul>" +
        "<p><strong>Prochaine étape :</strong> transmission du relevé de décisions aux membres.</p>";

    private IEnumerable<Decision> DecisionsFor(Instance instance, Seance seance, DateOnly today)
    {
        (string Decision, string Action, string Owner)[] pool =
        [
            ("Le bilan annuel de la CTG est validé.", "Diffuser le bilan annuel aux conseils municipaux", "coordination"),
            ("Une étude des besoins d'accueil du jeune enfant est lancée sur le nord du territoire.", "Rédiger le cahier des charges de l'étude", "coordination"),
            ("Le LAEP itinérant est inscrit au plan d'actions.", "Déposer la demande de financement auprès de la CAF", "rpe"),
            ("Les horaires des accueils de loisirs du mercredi sont harmonisés.", "Proposer une grille commune aux communes", "alsh"),
            ("Une permanence France services est ouverte à Sergines.", "Conventionner avec la commune de Sergines", "france-services"),
            ("Le diagnostic partagé est actualisé avec les données CAF.", "Mettre à jour le portrait de territoire", "coordination"),
        ];
        var count = instance.Kind == InstanceKind.Copil ? 3 : 2;
        for (var number = 1; number <= count; number++)
        {
            var (text, action, owner) = pool[_random.Next(pool.Length)];
            var due = seance.Date.AddMonths(_random.Next(2, 7));
            var status = due < today
                ? (_random.Next(100) < 70 ? FollowUpStatus.Faite : FollowUpStatus.EnCours)
                : (_random.Next(100) < 30 ? FollowUpStatus.EnCours : FollowUpStatus.AFaire);
            yield return new Decision
            {
                Id = Guid.NewGuid(),
                SeanceId = seance.Id,
                Number = number,
                Text = text,
                FollowUps =
                [
                    new FollowUp
                    {
                        Id = Guid.NewGuid(),
                        Action = action,
                        OwnerId = _persons[owner].Id,
                        DueDate = due,
                        Status = status,
                        DoneOn = status == FollowUpStatus.Faite ? due.AddDays(_random.Next(-45, 10)) : null,
                    },
                ],
            };
        }
    }
}
