"""The case's audit trail: hash-chained events and the access log. Every domain that records
something on a case calls :mod:`bawaslu_api.timeline.service`; this package imports no domain."""
