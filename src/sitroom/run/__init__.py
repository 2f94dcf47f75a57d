"""Running the stages: the spaCy pipeline and the per-article stages
(:mod:`sitroom.run.pipeline`), the batch runner that writes a run to the store
(:mod:`sitroom.run.runner`), timing, the speed benchmark and the Ray scale-out."""
