"""Child processes that must not outlive their parent: query workers (``store/workers.py``) and batch
workers (``build/batches.py``). A worker left behind holds memory and CPU, and a build's may go on
writing into a staging folder after its build was killed."""

from __future__ import annotations

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def die_with_parent(parent: int) -> None:
    """Have Linux SIGKILL this process when the thread that started it ends; exit now if the parent
    is already gone (it may die between our start and the request). Elsewhere: nothing to do."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    if os.getppid() != parent:
        os._exit(0)
