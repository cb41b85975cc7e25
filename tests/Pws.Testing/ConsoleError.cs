namespace Pws.Testing;

/// <summary>Runs a command-line entry point and keeps what it wrote to standard error.</summary>
public static class ConsoleError
{
    public static (int Exit, string Error) Capture(Func<int> command)
    {
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        try
        {
            return (command(), error.ToString());
        }
        finally
        {
            Console.SetError(original);
        }
    }
}
