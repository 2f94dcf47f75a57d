"""The model's matrix products on numpy's BLAS, with one thread per process.

thinc multiplies the matrices of a CPU model's layers (the embedding layers' maxout
windows, the parser's and the entity recogniser's feature tables, the tagger) with blis,
its default. numpy's own BLAS (OpenBLAS, in numpy's wheels) does the same products here in
about two thirds of the CPU time, and the parses come out the same (a test compares every
token's tag, head, dependency and entity label). thinc supports this itself:
``NumpyOps(use_blis=False)`` hands its products to numpy. The Cython loop that steps the
parser's states keeps blis (thinc gives it no other).

sitroom's parallelism is its worker processes, so the BLAS gets one thread in each: with
more, every worker would compete for the cores of the others, and one worker would no
longer be one core.
"""

from __future__ import annotations

from contextlib import AbstractContextManager

from thinc.api import use_ops
from threadpoolctl import threadpool_limits


def model_ops(gemm: str) -> AbstractContextManager[object]:
    """The thinc operations a model loaded within this context computes with."""
    return use_ops("numpy", use_blis=gemm == "blis")


def one_blas_thread() -> None:
    """Keep the process's BLAS to one thread from now on (forked workers inherit it)."""
    threadpool_limits(limits=1, user_api="blas")
