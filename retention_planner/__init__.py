"""The `retention-planner` command: headless sub-commands or the desktop app."""

import os

# OpenBLAS (NumPy's and SciPy's matrix library) starts a thread per core for every matrix
# product. The effect bootstrap's many small products gained nothing from the second
# thread and took twice the processor time; with the other core busy, `effect` on 25,000
# customers took 6.1 s instead of 3.8 s, and in the window those threads compete with the
# GUI thread. Set before NumPy loads; a value the user set is kept (issue 30).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
