Console.WriteLine("usage: dotnet run -c Release --project tests/Comet.Benchmarks -- <benchmark>");
