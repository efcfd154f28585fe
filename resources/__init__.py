"""Data shipped with Drafter (templates, dictionaries, style sheets): read with importlib.resources."""
