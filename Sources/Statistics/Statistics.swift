// Placeholder: the Statistics module.
