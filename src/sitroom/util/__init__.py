"""Helpers shared by the stages: text (words, stems, sentences, control characters), URLs
and dates, and the fast YAML loader. They import nothing of sitroom's stages."""
