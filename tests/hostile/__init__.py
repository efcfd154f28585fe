"""Hostile and broken input (issue 8): each kind through the paths a person uses."""
