"""Benchmarks of Hamstring Coach (run with scripts/bench; they print tables)."""
