"""kzfacts: cited direct quotes and numeric claims from news articles."""

__version__ = "0.1.0"
