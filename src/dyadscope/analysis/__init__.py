"""Analyses over the canonical events: targeting shares and their statistics."""
