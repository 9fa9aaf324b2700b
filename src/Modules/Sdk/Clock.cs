namespace Ctg.Sdk;

/// <summary>The current time, replaceable in tests. Dates shown to users are in Europe/Paris.</summary>
public interface IClock
{
    DateTimeOffset Now { get; }

    /// <summary>Today's date in France.</summary>
    DateOnly Today { get; }
}
