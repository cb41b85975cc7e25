namespace Pws.Reports;

/// <summary>A read over the warehouse that reports and pages share (a query, a roll-up, a cache): the composition root
/// registers each once, as a singleton, by the same assembly scan that finds the reports, so a new one is a class and
/// this mark, nothing to list (docs/decisions/0003).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReportServiceAttribute : Attribute;
