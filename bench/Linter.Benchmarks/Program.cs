using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Linter.Benchmarks;

// Modes besides the benchmarks: bench/run.sh generates its corpus and rules with them, profile times each rule, and
// state-size (bench/memory.sh) measures the corpus states, and state-file (bench/state-file.sh) their files.
switch (args.FirstOrDefault())
{
    case "generate":
        return CorpusGenerator.Run(args[1..]);
    case "rules":
        return RuleGenerator.Run(args[1..]);
    case "profile":
        return RuleProfiler.Run(args[1..]);
    case "state-size":
        return StateSize.Run(args[1..]);
    case "state-file":
        return StateFile.Run(args[1..]);
    default:
        // In process: no child project to build, and short runs, since the machine is shared and the numbers are for comparing.
        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default);
        BenchmarkSwitcher.FromAssembly(typeof(BenchData).Assembly).Run(args, config);
        return 0;
}
