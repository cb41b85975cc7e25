using Pws.Reports.Cli;

return ExportCommand.Run(args);
