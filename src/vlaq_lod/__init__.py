"""vlaq-lod: the written questions of the Flemish Parliament, and the figures in their answers, as
linked open data."""

__version__ = "0.1.0"
