using System.Diagnostics;
using Ctg.Modules.Methodology.Import;

namespace Ctg.Bench.Methodology;

/// <summary>
/// Times the fiche importer on a document, in process: reading the text, recognising its sections and
/// building the fiche to review (what the server does when a user pastes or uploads a fiche), after a
/// warm-up. Prints the median and the 90th percentile in milliseconds.
/// </summary>
internal static class ParserTiming
{
    public static int Run(string path, int count)
    {
        var text = File.ReadAllText(path);
        var first = Stopwatch.StartNew();
        var command = FicheTextParser.Parse(text).ToCommand();
        first.Stop();
        for (var i = 0; i < 20; i++)
        {
            FicheTextParser.Parse(text).ToCommand();
        }
        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            FicheTextParser.Parse(text).ToCommand();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        var median = count % 2 == 1 ? times[count / 2] : (times[count / 2 - 1] + times[count / 2]) / 2;
        var p90 = times[Math.Min(count - 1, (int)Math.Ceiling(count * 0.9) - 1)];
        Console.WriteLine($"Fiche {command.Number} « {command.Title} » : {command.Missions.Count} missions, {text.Length} caractères.");
        Console.WriteLine($"Premier appel (compilation à la volée comprise) : {first.Elapsed.TotalMilliseconds:0.0} ms ; {count} appels ensuite.");
        Console.WriteLine(FormattableString.Invariant($"MEDIAN_MS={median:0.00}"));
        Console.WriteLine(FormattableString.Invariant($"P90_MS={p90:0.00}"));
        return 0;
    }
}
