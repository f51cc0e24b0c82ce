"""The derivation wizard: from a province template to the commune's own plan."""
