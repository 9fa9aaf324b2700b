namespace Ctg.Host.Data;

/// <summary>
/// A notification a module published, written in the same transaction as the change it announces, and
/// kept until each of its subscribers has handled it (ADR 0010).
/// </summary>
public sealed class OutboxEvent
{
    public Guid Id { get; set; }

    /// <summary>"Namespace.Type, Assembly": the assembly is a module's or the Sdk's, found again by name.</summary>
    public string Type { get; set; } = "";

    /// <summary>The notification in JSON (System.Text.Json, default options).</summary>
    public string Payload { get; set; } = "";

    public DateTime PublishedAtUtc { get; set; }

    public List<OutboxDelivery> Deliveries { get; set; } = [];
}

/// <summary>
/// One event for one subscriber: a retry runs only the subscribers that have not handled the event yet.
/// The row is deleted once its subscriber has succeeded.
/// </summary>
public sealed class OutboxDelivery
{
    public Guid Id { get; set; }
    public Guid EventId { get; set; }
    public OutboxEvent Event { get; set; } = null!;

    /// <summary>The handler's type, "Namespace.Type, Assembly".</summary>
    public string Subscriber { get; set; } = "";

    /// <summary>Failed attempts so far.</summary>
    public int Attempts { get; set; }

    public DateTime NextAttemptAtUtc { get; set; }

    /// <summary>
    /// While set and in the future, a dispatcher (this host or another instance) is running the delivery and
    /// no other may take it; a dispatcher that died lets it go when the time passes.
    /// </summary>
    public DateTime? ClaimedUntilUtc { get; set; }

    /// <summary>Which dispatcher holds the claim: only it records the outcome.</summary>
    public Guid? ClaimToken { get; set; }

    public DateTime? LastAttemptAtUtc { get; set; }
    public string? LastError { get; set; }
}
