// Placeholder: the Modeling module.
