namespace Ctg.Sdk;

/// <summary>An entry of the main navigation.</summary>
/// <param name="Title">French label.</param>
/// <param name="Path">Local URL, starting with "/".</param>
/// <param name="Icon">A bootstrap-icons name without its "bi-" prefix.</param>
/// <param name="Order">Position among all modules' entries (lower first).</param>
/// <param name="Policy">Authorization policy a user needs to see the entry (see <see cref="Policies"/>).</param>
public sealed record NavigationEntry(string Title, string Path, string Icon, int Order, string Policy = Policies.Lecture);
