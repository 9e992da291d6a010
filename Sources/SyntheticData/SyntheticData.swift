// Placeholder: the SyntheticData module (portfolios drawn from known models).
