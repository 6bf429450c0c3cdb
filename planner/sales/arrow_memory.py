"""pyarrow as the planner uses it: its memory from jemalloc where the build has it.

Arrow's default allocator in the wheels we ship on (mimalloc) made an import of the same
file take one of two times: `kpis` on Online Retail as CSV ran 0.67-0.79 s or 0.96-1.13 s
at random (reading, mapping and cleaning, whatever allocates Arrow text, all twice as slow
in the slow runs); with jemalloc 0.66-0.74 s every time (benchmarks/RESULTS.md, issue 30).
Builds without jemalloc (the Windows wheels) keep their default. The modules that work
with Arrow take `pa` from here, so the pool is chosen before their first allocation.
"""

from __future__ import annotations

import pyarrow as pa

__all__ = ["pa", "steady_pool"]


def steady_pool() -> str:
    """Make jemalloc Arrow's default pool when this build has it; the pool's name."""
    try:
        pool = pa.jemalloc_memory_pool()
    except NotImplementedError:
        return pa.default_memory_pool().backend_name
    pa.set_memory_pool(pool)
    return pool.backend_name


steady_pool()
