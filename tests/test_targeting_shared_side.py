"""How many of an actor's counted events had it as one of several on its side, said in the footer.

A coalition side ("IS, Jabhat al-Nusra") or ACLED's "A and/or B" counts for each member; `--actor-alone` leaves such
events out. The footer says how many there were, so a reader knows the definition moves the figure.
"""

from __future__ import annotations

from dyadscope.analysis.caveats import caveat_lines


def test_the_footer_counts_the_events_a_shared_side_gave_the_actor(demo):
    asked = {"country": "SYR", "start": "2014-01-01", "end": "2014-12-31"}
    full, alone = demo.targets("ISIS", **asked), demo.targets("ISIS", actor_alone=True, **asked)
    shared = full.caveats.shared_side
    assert shared > 0 and shared == full.total_events - alone.total_events
    english, danish = caveat_lines(full), caveat_lines(full, "da")
    assert any(line.startswith(f"Shared: in {shared} events the actor was one of several") for line in english)
    assert any(line.startswith(f"Delt: i {shared} hændelser var aktøren én af flere") for line in danish)
    # with --actor-alone there are none to tell of
    assert alone.caveats.shared_side == 0
    assert not any(line.startswith("Shared:") for line in caveat_lines(alone))
