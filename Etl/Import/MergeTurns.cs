namespace Pws.Etl.Import;

/// <summary>Lets sources read and validated side by side merge in their order: a source's turn comes when every
/// source before it has finished, merged or failed. The warehouse then ends as importing them one after another
/// would leave it (a puskesmas's folder before its FHIR server, the later one winning).</summary>
public sealed class MergeTurns(int first, int count)
{
    private readonly bool[] finished = new bool[count];
    private int next = first;

    public void WaitTurn(int source)
    {
        lock (finished)
            while (next != source) Monitor.Wait(finished);
    }

    /// <summary>Called once for every source, whatever became of it: a source that failed before its turn still lets
    /// the next one merge.</summary>
    public void Finish(int source)
    {
        lock (finished)
        {
            finished[source] = true;
            while (next < count && finished[next]) next++;
            Monitor.PulseAll(finished);
        }
    }
}
