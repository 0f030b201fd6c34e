# Benchmark targets (make bench).
