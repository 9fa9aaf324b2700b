using System.Diagnostics;
using Ctg.Bench.Methodology;
using Ctg.Modules.Methodology.Data;
using Ctg.Sdk;
using Microsoft.EntityFrameworkCore;

// Usage:
//   Ctg.Bench.Methodology <path to ctg.db> [seed]        writes the large plan of issue 4 into that database
//   Ctg.Bench.Methodology --parse <fiche.txt> [count]    times the fiche importer in process (median, p90)
if (args.Length >= 2 && args[0] == "--parse")
{
    return ParserTiming.Run(args[1], args.Length > 2 ? int.Parse(args[2]) : 200);
}
if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("Usage : Ctg.Bench.Methodology <fichier ctg.db> [graine] | --parse <fiche.txt> [nombre]");
    return 2;
}
var file = Path.GetFullPath(args[0]);
var seed = args.Length == 2 ? int.Parse(args[1]) : 2026;
var options = new DbContextOptionsBuilder<MethodologyDbContext>()
    .UseSqlite($"Data Source={file}", sqlite => sqlite.MigrationsHistoryTable(ModuleDbContext.HistoryTableFor(ModuleIds.Methodology)))
    .Options;

var watch = Stopwatch.StartNew();
await using (var db = new MethodologyDbContext(options))
{
    await db.Database.MigrateAsync();
    if (await db.Fiches.AnyAsync())
    {
        Console.Error.WriteLine($"{file} contient déjà des fiches : le générateur n'écrit que dans une base sans fiche.");
        return 1;
    }
}
var generated = LargePlan.Generate(seed, DateOnly.FromDateTime(DateTime.Today), DateTimeOffset.UtcNow);
await using (var db = new MethodologyDbContext(options))
{
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    db.Fiches.AddRange(generated.Fiches);
    db.Changes.AddRange(generated.Changes);
    await db.SaveChangesAsync();
}
await using (var db = new MethodologyDbContext(options))
{
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    // Nodes first, parents before children: the tree's foreign key is checked row by row.
    var nodes = generated.Plan.Nodes.OrderBy(n => n.Depth).ToList();
    var placements = generated.Plan.Fiches.ToList();
    generated.Plan.Nodes = [];
    generated.Plan.Fiches = [];
    db.Plans.Add(generated.Plan);
    await db.SaveChangesAsync();
    foreach (var depth in nodes.GroupBy(n => n.Depth))
    {
        db.PlanNodes.AddRange(depth);
        await db.SaveChangesAsync();
    }
    db.PlanFiches.AddRange(placements);
    await db.SaveChangesAsync();
}

await using (var db = new MethodologyDbContext(options))
{
    Console.WriteLine($"Plan généré dans {file} en {watch.Elapsed.TotalSeconds:0.0} s (graine {seed}) :");
    Console.WriteLine($"  fiches        {await db.Fiches.CountAsync(),6}");
    Console.WriteLine($"  nœuds         {await db.PlanNodes.CountAsync(),6}");
    Console.WriteLine($"  missions      {await db.Missions.CountAsync(),6}");
    Console.WriteLine($"  jalons        {await db.Jalons.CountAsync(),6}");
    Console.WriteLine($"  financements  {await db.Financements.CountAsync(),6}");
    Console.WriteLine($"  notes         {await db.Notes.CountAsync(),6}");
    Console.WriteLine($"  historique    {await db.Changes.CountAsync(),6}");
    Console.WriteLine($"PLAN={generated.Plan.Id}");
    Console.WriteLine($"FICHE={generated.Fiches[16].Id}");
}
return 0;
