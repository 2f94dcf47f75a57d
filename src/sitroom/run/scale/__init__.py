"""Scale-out: the per-article stages on a Ray cluster (the optional extra ``sitroom[ray]``).

See :mod:`sitroom.run.scale.ray_pipeline` and the README's "Speed and scale" section.
"""
