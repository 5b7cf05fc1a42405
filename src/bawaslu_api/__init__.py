"""bawaslu-api: case handling service for election-violation reports and findings."""

__version__ = "0.1.0"
