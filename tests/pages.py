"""Reading the app's HTML pages as a person reads them: by structure (lxml), text with white space folded."""

from __future__ import annotations

import lxml.html


def html(client, url: str) -> lxml.html.HtmlElement:
    """``url`` as a browser asks for it; it must be a page (200)."""
    response = client.get(url, headers={"Accept": "text/html"})
    assert response.status_code == 200, (url, response.data[:300])
    return lxml.html.fromstring(response.data)


def words(element) -> str:
    return " ".join(element.text_content().split())
