namespace Ctg.Host.Hosting;

/// <summary>
/// Gives back to the system, once the host is idle again, what a burst of work left in the oldest generation: an
/// import of a thousand fiches, a refused upload read up to its limit. The collector visits that generation only
/// when memory is allocated again, which an idle host never does, so without this the burst would stay resident
/// for hours. One aggressive compacting collection, a few seconds after the burst ends, and only after a burst
/// (ADR 0008, ADR 0012).
/// </summary>
public sealed class IdleMemoryTrim(ILogger<IdleMemoryTrim> logger) : BackgroundService
{
    /// <summary>How often the allocations are looked at; a burst is trimmed between one and two ticks after it ends.</summary>
    public static readonly TimeSpan Tick = TimeSpan.FromSeconds(5);

    /// <summary>Allocated during one tick by a host that only answers the odd request or sits idle.</summary>
    public const long IdleBytesPerTick = 2 * 1024 * 1024;

    /// <summary>Allocated since the last collection of this kind before one is worth its pause (a few tens of ms).</summary>
    public const long BurstBytes = 64 * 1024 * 1024;

    /// <summary>Whether to collect now: the last tick was quiet, and enough was allocated since the last trim.</summary>
    public static bool ShouldTrim(long allocatedDuringTick, long allocatedSinceTrim) =>
        allocatedDuringTick < IdleBytesPerTick && allocatedSinceTrim >= BurstBytes;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Tick);
        var atTrim = GC.GetTotalAllocatedBytes();
        var atTick = atTrim;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = GC.GetTotalAllocatedBytes();
            if (ShouldTrim(now - atTick, now - atTrim))
            {
                var before = Environment.WorkingSet;
                GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                logger.LogDebug("Mémoire rendue au système après une période d'activité : {Before} → {After} Mo",
                    before / (1024 * 1024), Environment.WorkingSet / (1024 * 1024));
                now = GC.GetTotalAllocatedBytes();
                atTrim = now;
            }
            atTick = now;
        }
    }
}
