using Ctg.Host.Hosting;

namespace Ctg.Host.Tests;

/// <summary>When the host gives memory back: after a burst of work, once it is quiet again; never while it works.</summary>
public sealed class IdleMemoryTrimTests
{
    private const long Mb = 1024 * 1024;

    [Fact]
    public void A_quiet_tick_after_a_burst_trims() =>
        Assert.True(IdleMemoryTrim.ShouldTrim(allocatedDuringTick: Mb / 2, allocatedSinceTrim: 300 * Mb));

    [Fact]
    public void A_busy_tick_waits_for_the_burst_to_end() =>
        Assert.False(IdleMemoryTrim.ShouldTrim(allocatedDuringTick: 80 * Mb, allocatedSinceTrim: 300 * Mb));

    [Fact]
    public void A_quiet_host_that_allocated_little_since_the_last_trim_is_left_alone() =>
        Assert.False(IdleMemoryTrim.ShouldTrim(allocatedDuringTick: 0, allocatedSinceTrim: 10 * Mb));
}
