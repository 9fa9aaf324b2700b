using Ctg.Modules.Methodology.Domain;
using Ctg.Modules.Methodology.Exports;

namespace Ctg.Modules.Methodology.Tests.Exports;

/// <summary>Fiche 17 of CC Yonne Nord as the exports receive it, and plans of many fiches.</summary>
internal static class ExportSamples
{
    public static readonly DateOnly Today = new(2026, 3, 1);

    public static FicheSheet Fiche17(string number = "17") => new()
    {
        Id = Guid.NewGuid(),
        Number = number,
        Title = "Structurer la fonction de Chargé(e) de Coopération Territoriale dans la coordination stratégique de la CTG",
        Theme = "Gouvernance",
        Diagnostic = """
            La Convention Territoriale Globale constitue le cadre stratégique de développement des politiques sociales.
            Les constats partagés font apparaître :
            - Une connaissance limitée de la CTG et de ses objectifs par les partenaires ;
            - Un fonctionnement encore largement cloisonné des acteurs et des projets ;
            Dans ce contexte, il est nécessaire d'affirmer le rôle central du/de la Chargé(e) de mission CTG.
            """,
        Objective = "Faire du/de la Chargé(e) de coopération territoriale le pivot de la gouvernance CTG.",
        OperationalObjectives = "1. Structurer et animer les instances de gouvernance ;\n2. Mettre en cohérence les dispositifs contractuels ;\n3. Appuyer méthodologiquement les élus.",
        TargetAudience = "Élus locaux\nProfessionnels des services municipaux et intercommunaux",
        Implementation = "Le/la Chargé(e) de coopération territoriale exerce une fonction de pilotage, autour des missions suivantes :",
        Missions =
        [
            new("Impulser et piloter stratégiquement la CTG", ["Impulser la dynamique CTG auprès des élus", "Veiller à l'appropriation partagée des orientations"]),
            new("Animer et coordonner la gouvernance territoriale", ["Mettre en réseau les acteurs du territoire."]),
        ],
        Jalons = [new("COPIL de lancement", new DateOnly(2026, 1, 15), new DateOnly(2026, 1, 20)), new("Bilan à mi-parcours", new DateOnly(2026, 2, 1), null)],
        Pilote = "Chargée de coopération CTG - CCYN",
        Services = "Direction des solidarités",
        Partenaires = ["CAF de l'Yonne", "Élus locaux et communautaires"],
        Means = "0,5 ETP de chargée de coopération.",
        Financements = [new("CAF de l'Yonne", 2026, 25000m, 12500.5m), new("CC Yonne Nord", 2026, 15000m, null)],
        ExpectedResults = "- Une gouvernance territoriale clarifiée, animée et efficiente ;",
        IndicatorsText = "- Nombre et régularité des instances de gouvernance animées ;",
        Status = FicheStatus.EnCours,
        Progress = 40,
        Meteo = Meteo.Vigilance,
        Deadline = new DateOnly(2026, 12, 31),
        UpdatedAt = new DateTimeOffset(2026, 2, 10, 9, 30, 0, TimeSpan.Zero),
    };

    public static PlanAnnex Annex(int fiches)
    {
        var sheets = Enumerable.Range(1, fiches).Select(i => Fiche17(i.ToString())).ToList();
        var half = fiches / 2;
        return new PlanAnnex("Plan CTG 2024-2028", "du 01/01/2024 au 31/12/2028", "CTG de la CC Yonne Nord", "Plan d'actions de la convention.",
            [
                ("Axe 1 — Petite enfance", sheets.Take(half).Select(Row).ToList()),
                ("Axe 2 — Parentalité", sheets.Skip(half).Select(Row).ToList()),
            ],
            sheets);

        static AnnexRow Row(FicheSheet f) => new(f.Number, f.Title, f.Pilote, f.Deadline, f.Status);
    }
}
