"""The vocabulary and code lists, shipped as the package ``vlaq_lod.ontology`` (see pyproject's package-dir).

The folder stays at the repository's top, where people look for it; this file only makes it a regular
package, so ``importlib.resources`` finds it in an editable install as in a wheel.
"""
