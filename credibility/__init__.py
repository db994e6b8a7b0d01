"""credibility: who says what in a news article, and how well it is supported."""

__version__ = "0.1.0"
