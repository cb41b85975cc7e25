namespace Pws.Warehouse.Dialects;

/// <summary>The warehouse cannot be opened: locked by another process, or unreachable.</summary>
public sealed class WarehouseUnavailableException(string message, Exception inner) : Exception(message, inner);
