using System.Diagnostics;
using Ctg.Bench.Governance;
using Ctg.Modules.Governance.Data;
using Ctg.Sdk;
using Microsoft.EntityFrameworkCore;

// Usage: dotnet run --project bench/governance -c Release -- <path to ctg.db> [seed]
// Writes the large territory of issue 3 ("Figures to reach") into the Governance tables of that database,
// migrated first by the module's real migrations (a no-op when the host has already migrated it).
if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("Usage : Ctg.Bench.Governance <fichier ctg.db> [graine]");
    return 2;
}
var file = Path.GetFullPath(args[0]);
var seed = args.Length == 2 ? int.Parse(args[1]) : 2026;
var options = new DbContextOptionsBuilder<GovernanceDbContext>()
    .UseSqlite($"Data Source={file}", sqlite => sqlite.MigrationsHistoryTable(ModuleDbContext.HistoryTableFor(ModuleIds.Governance)))
    .Options;

var watch = Stopwatch.StartNew();
await using (var db = new GovernanceDbContext(options))
{
    await db.Database.MigrateAsync();
    if (await db.Seances.AnyAsync())
    {
        Console.Error.WriteLine($"{file} contient déjà des séances : le générateur n'écrit que dans une base sans séance.");
        return 1;
    }
}
var today = DateOnly.FromDateTime(DateTime.Today);
var territory = LargeTerritory.Generate(seed, today);
await using (var db = new GovernanceDbContext(options))
{
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    db.Organisations.AddRange(territory.Organisations);
    db.Persons.AddRange(territory.Persons);
    db.Instances.AddRange(territory.Instances);
    await db.SaveChangesAsync();
}
await using (var db = new GovernanceDbContext(options))
{
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    db.Seances.AddRange(territory.Seances);
    await db.SaveChangesAsync();
}

await using (var db = new GovernanceDbContext(options))
{
    Console.WriteLine($"Territoire généré dans {file} en {watch.Elapsed.TotalSeconds:0.0} s (graine {seed}) :");
    Console.WriteLine($"  organisations {await db.Organisations.CountAsync(),6}  (communes {await db.Organisations.CountAsync(o => o.Type == Ctg.Modules.Governance.Domain.OrganisationType.Commune)})");
    Console.WriteLine($"  personnes     {await db.Persons.CountAsync(),6}  (anonymisées {await db.Persons.CountAsync(p => p.AnonymisedAt != null)})");
    Console.WriteLine($"  instances     {await db.Instances.CountAsync(),6}  (membres {await db.Memberships.CountAsync()})");
    Console.WriteLine($"  séances       {await db.Seances.CountAsync(),6}  du {await db.Seances.MinAsync(s => s.Date):dd/MM/yyyy} au {await db.Seances.MaxAsync(s => s.Date):dd/MM/yyyy}");
    Console.WriteLine($"  émargements   {await db.Attendances.CountAsync(),6}");
    Console.WriteLine($"  décisions     {await db.Decisions.CountAsync(),6}  (suites à donner {await db.FollowUps.CountAsync()})");
    var instance = await db.Instances.OrderByDescending(i => i.Seances.Count).Select(i => i.Id).FirstAsync();
    Console.WriteLine($"INSTANCE={instance}");
}
return 0;
