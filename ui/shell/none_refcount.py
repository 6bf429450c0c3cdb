"""None stays alive however often PySide6 hands it out (issue 29 item 9).

The PySide6 6.12.0 wheel (cp310-abi3) is compiled with the headers of a Python in which
None is immortal, so its wrappers return None without taking a reference: every call
that gives None back to Python, such as a void method (`widget.update()`,
`setObjectName()`, `processEvents()`), a null pointer (`parent()`, `focusWidget()`) or an
empty QVariant (`index.data(role)` for a role the model leaves unset), drops None's
reference count by one. On Python 3.11, where that count is real, a long session drops it
by hundreds of thousands. Nothing notices until the count reaches zero: usually while the
interpreter frees its objects at quit, which then aborts with `Fatal Python error:
none_dealloc: deallocating None` after the plan was already saved.

No call site in the app can avoid this, so `keep_none_alive()` gives None what Python
3.12 gives it: a count no session can use up. It checks first, and does nothing on
Python 3.12 and later (None is immortal there) or with a PySide6 that counts right.
"""

from __future__ import annotations

import sys

# Added to None's count: 2**48 calls returning None, years of calls at any rate the app
# reaches, and still far from the top of a signed 64-bit count.
HEADROOM = 1 << 48

_PROBE_CALLS = 64


def pyside_drops_none() -> bool:
    """Whether a PySide6 call returning None costs None a reference in this process."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("")  # void: returns None
    dropped = before - sys.getrefcount(None)
    return dropped >= _PROBE_CALLS // 2


def keep_none_alive() -> bool:
    """Give None headroom if PySide6 drops references to it; True if it did so."""
    if sys.version_info >= (3, 12) or hasattr(sys, "getobjects"):  # immortal None / other object layout
        return False
    if sys.getrefcount(None) > HEADROOM // 2 or not pyside_drops_none():  # given already / not needed
        return False
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += HEADROOM  # ob_refcnt is the object's first field
    return True
