// Placeholder: the Profiling module (data-quality profiles).
