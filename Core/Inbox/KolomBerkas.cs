namespace Pws.Core.Inbox;

/// <summary>A column of a contract file; a header without a required column makes the whole file unreadable.</summary>
public sealed record KolomBerkas(string Nama, bool Wajib);
