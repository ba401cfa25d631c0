using NewsExtract.Cli;

return await new CommandLine(Console.Out, Console.OpenStandardOutput, Console.Error).RunAsync(args);
