namespace Pws.Testing;

/// <summary>Runs a command-line entry point and keeps everything it wrote, standard output and error together.</summary>
public static class ConsoleOutput
{
    public static string Capture(Func<int> command, out int exit)
    {
        var written = new StringWriter();
        var (output, error) = (Console.Out, Console.Error);
        Console.SetOut(written);
        Console.SetError(written);
        try
        {
            exit = command();
            return written.ToString();
        }
        finally
        {
            Console.SetOut(output);
            Console.SetError(error);
        }
    }
}
