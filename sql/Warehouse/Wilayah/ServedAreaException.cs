namespace Pws.Warehouse.Wilayah;

/// <summary>The area asked for is not the one the warehouse serves, or nobody has said which area that is.
/// An argument error, so every command line turns it into its message and exit code 1.</summary>
public sealed class ServedAreaException(string message) : ArgumentException(message);
