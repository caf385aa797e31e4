"""Cross-source linking: records of one real event in different datasets (MELTT-style rules)."""

from dyadscope.linking.link import LinkReport, link_events

__all__ = ["LinkReport", "link_events"]
