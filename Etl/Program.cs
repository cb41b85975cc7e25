using Pws.Etl.Cli;
using Pws.Warehouse.Files;

PrivateFiles.ForThisProcess();
return EtlCommand.Run(args);
