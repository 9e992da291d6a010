// Placeholder: the Tabular module.
