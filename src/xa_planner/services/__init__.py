"""Use cases: one transaction per public method, plain values out; no Qt."""
