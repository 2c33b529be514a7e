using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/LegalGen.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
