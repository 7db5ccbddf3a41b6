"""Pure functions from a Comparison to a rich renderable or a string; only cli.py prints."""
