using Pws.Reports.Cli;
using Pws.Warehouse.Files;

PrivateFiles.ForThisProcess();
return ExportCommand.Run(args);
