"""Model in, Graph out: the corpus as linked data (see docs/model.md).

``corpus.py`` holds the entry points (``corpus_graph``, ``documents_graph``, ``load_turtle_dir``,
``flag_contradictions``); the other modules each add one part of the graph. This file imports
nothing, so the web layer can take ``namespaces`` without loading the parser and pypdf.
"""
