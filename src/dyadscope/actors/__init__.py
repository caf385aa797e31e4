"""Actors: the registry of canonical actors and the resolution of raw side names."""

from dyadscope.actors.registry import CLASS_LABELS, Actor, Registry, SideResolution, normalize_name

__all__ = ["CLASS_LABELS", "Actor", "Registry", "SideResolution", "normalize_name"]
