namespace Ctg.Modules.Governance.Figures;

public enum ColumnKind
{
    Text,
    Integer,
    /// <summary>A rate, exported as a percentage with one decimal (72,5).</summary>
    Percent,
    Date,
}

public sealed record FigureColumn(string Header, ColumnKind Kind = ColumnKind.Text);

/// <summary>A table of figures as exported: one CSV block, one XLSX sheet.</summary>
/// <param name="SheetName">At most 31 characters, none of : \ / ? * [ ].</param>
public sealed record FigureTable(string Title, string SheetName, IReadOnlyList<FigureColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>The dashboard's figures as the tables the exports write, in the page's order.</summary>
public static class FigureTables
{
    public static IReadOnlyList<FigureTable> From(DashboardFigures figures)
    {
        var tables = new List<FigureTable>
        {
            new($"Régularité des instances ({figures.Period.Label})", "Régularité",
                [new("Instance"), new("Année", ColumnKind.Integer), new("Séances attendues", ColumnKind.Integer),
                 new("Séances tenues", ColumnKind.Integer), new("Séances planifiées", ColumnKind.Integer), new("Régularité")],
                figures.Regularity.Select(r => Row(r.InstanceName, r.Year, r.Expected, r.Held, r.Planned, r.Regularity.Label)).ToList()),
            new($"Participation par séance ({figures.Period.Label})", "Par séance",
                [new("Date", ColumnKind.Date), new("Instance"), .. TallyColumns],
                figures.Participation.PerSeance.Select(s => Row([s.Date, s.InstanceName, .. TallyCells(s.Tally)])).ToList()),
            new($"Participation par instance ({figures.Period.Label})", "Par instance",
                [new("Instance"), new("Séances émargées", ColumnKind.Integer), .. TallyColumns],
                figures.Participation.PerInstance.Select(i => Row([i.InstanceName, i.Seances, .. TallyCells(i.Tally)])).ToList()),
            new($"Participation par organisation ({figures.Period.Label})", "Par organisation",
                [new("Organisation"), new("Type"), .. TallyColumns],
                figures.Participation.PerOrganisation.Select(o => Row([o.OrganisationName, o.Type is { } t ? Domain.OrganisationTypes.Label(t) : "", .. TallyCells(o.Tally)])).ToList()),
            new($"Participation par type d'organisation ({figures.Period.Label})", "Par type",
                [new("Type d'organisation"), .. TallyColumns],
                figures.Participation.PerType.Select(t => Row([t.Label, .. TallyCells(t.Tally)])).ToList()),
        };
        var trend = figures.Participation.PerYear;
        if (trend.Count > 0)
        {
            tables.Add(new($"Évolution de la participation par année ({figures.Period.Label})", "Évolution",
                [new("Année", ColumnKind.Integer), new("Séances émargées", ColumnKind.Integer), .. TallyColumns],
                trend.Select(y => Row([y.Year, y.Seances, .. TallyCells(y.Tally)])).ToList()));
            var years = trend.Select(y => y.Year).ToList();
            tables.Add(new("Évolution du taux de participation par type d'organisation (%)", "Évolution par type",
                [new("Type d'organisation"), .. years.Select(y => new FigureColumn(y.ToString(), ColumnKind.Percent))],
                figures.Participation.TypeTrends.Select(t => Row([t.Label, .. years.Select(y => (object?)(t.ByYear.TryGetValue(y, out var tally) ? tally.Rate : null))])).ToList()));
        }
        var decisions = figures.Decisions;
        tables.Add(new($"Décisions et suites à donner ({figures.Period.Label})", "Décisions",
            [new("Indicateur"), new("Valeur", ColumnKind.Integer)],
            [
                Row("Décisions prises", decisions.DecisionsTaken),
                Row("Suites à donner", decisions.FollowUps),
                Row("Suites faites ou dont l'échéance est passée", decisions.Considered),
                Row("dont faites dans les délais", decisions.DoneOnTime),
                Row("dont en retard (ouvertes, échéance passée)", decisions.Overdue),
            ]));
        tables.Add(new("Part des suites faites dans les délais (%)", "Délais",
            [new("Définition"), new("Part (%)", ColumnKind.Percent)],
            [Row(ParticipationDefinition.FollowUpText, decisions.OnTimeShare)]));
        return tables;
    }

    private static readonly FigureColumn[] TallyColumns =
        [new("Membres convoqués", ColumnKind.Integer), new("Présents ou représentés", ColumnKind.Integer), new("Taux de participation (%)", ColumnKind.Percent)];

    private static object?[] TallyCells(Tally tally) => [tally.Convened, tally.Attending, tally.Rate];

    private static IReadOnlyList<object?> Row(params object?[] cells) => cells;
}
