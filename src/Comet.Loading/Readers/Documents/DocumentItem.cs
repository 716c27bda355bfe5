namespace Comet.Loading.Readers.Documents;

/// <summary>One requirement (or design item) a requirements document holds: the id its authors and their code markers use, and its prose.</summary>
public sealed record DocumentItem(string Id, string Text);
