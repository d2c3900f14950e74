"""Scale-out on Dask: the analysis stages run on a Dask cluster's workers.

Locally `--engine dask` starts a LocalCluster of worker processes; `--scheduler tcp://HOST:8786`
uses a running cluster (`dask scheduler` / `dask worker` on other machines, each with Marsad
installed). Reading and writing stay in the calling process, so the store and the output
order are exactly those of a local run.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Executor
from contextlib import contextmanager


@contextmanager
def dask_executor(workers: int = 2, scheduler: str | None = None, processes: bool = True
                  ) -> Iterator[Executor]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # optional dependency
        raise RuntimeError("the dask engine needs `pip install 'marsad[scale]'` (dask[distributed])") from exc
    if scheduler:
        client = Client(scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        yield client.get_executor()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
