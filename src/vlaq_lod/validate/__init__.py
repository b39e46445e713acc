"""Validation of a corpus graph: the SHACL gate and the Data Cube integrity constraints.

Findings are values, never exceptions: the pipeline decides what fails a build.
"""

from __future__ import annotations
