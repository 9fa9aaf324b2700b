namespace Ctg.Modules.Evaluation.Domain;

/// <summary>Something another module announced, kept as observation material.</summary>
public sealed class JournalEntry
{
    public Guid Id { get; set; }
    public DateTime RecordedAtUtc { get; set; }
    /// <summary>The date the fact refers to (a séance's date...).</summary>
    public DateOnly Date { get; set; }
    /// <summary>Module that announced it.</summary>
    public string Source { get; set; } = "";
    public string Text { get; set; } = "";
}
