using Pws.Etl.Cli;

return EtlCommand.Run(args);
