"""KPU: forwardings to KPU, their acknowledgement and follow-up, and reference data."""
