"""HTTP behaviour of dereferencing and negotiation, through the Flask client over the seed build.

303 from things to documents, q-values, Vary/Content-Location/Link, 406, HEAD, ETag/304,
caching and the security headers on every kind of response.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from email.message import Message

import pytest

from vlaq_lod.web.negotiate import FORMATS

QUESTION = "vraag/2021-2022-313-jan-jambon"
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"


@pytest.mark.parametrize("accept", [BROWSER_ACCEPT, "text/turtle", "application/ld+json"])
def test_thing_uri_answers_303_to_its_suffixless_document(client, accept):
    response = client.get(f"/id/{QUESTION}", headers={"Accept": accept})
    assert response.status_code == 303
    assert response.headers["Location"] == f"/doc/{QUESTION}"
    assert "Accept" in response.headers["Vary"]


def test_unknown_and_control_character_things_are_404_without_a_redirect(client):
    for path in ("/id/a%0Db%00", "/id/vraag/2099-2100-1-niemand", "/doc/vraag/2099-2100-1-niemand"):
        response = client.get(path)
        assert response.status_code == 404 and "Location" not in response.headers, path


def test_if_none_match_star_is_judged_only_on_a_page_that_exists(client):
    star = {"If-None-Match": "*", "Accept": "text/turtle"}
    assert client.get("/doc/vraag/2099-2100-1-niemand", headers=star).status_code == 404
    assert client.get(f"/doc/{QUESTION}", headers=star).status_code == 304


@pytest.mark.parametrize(("accept", "expected"), [
    (BROWSER_ACCEPT, "text/html"),
    ("*/*", "text/html"),
    ("text/turtle;q=0.9, application/ld+json", "application/ld+json"),
    ("text/html;q=0.1, text/turtle", "text/turtle"),
    ("application/rdf+xml;q=0.5, application/n-triples;q=0.6, text/html;q=0", "application/n-triples"),
    ("application/*", "application/ld+json"),
])
def test_accept_header_q_values_choose_the_format(client, accept, expected):
    response = client.get(f"/doc/{QUESTION}", headers={"Accept": accept})
    assert response.status_code == 200
    assert response.mimetype == expected


def test_negotiated_document_carries_vary_content_location_and_a_link_per_format(client):
    response = client.get(f"/doc/{QUESTION}", headers={"Accept": "text/turtle"})
    assert response.headers["Vary"] == "Accept"
    assert response.headers["Content-Location"] == f"/doc/{QUESTION}.ttl"
    link = response.headers["Link"]
    for fmt in FORMATS:
        assert f'</doc/{QUESTION}.{fmt.suffix}>; rel="alternate"; type="{fmt.media_type}"' in link


def fetch(url: str, accept: str) -> tuple[int, Message, str]:
    """Status, headers and text of a GET over real HTTP, whatever the status."""
    request = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


# the event stream offers its RDF first (a client that names no format gets Turtle), then its HTML view
STREAM = [*(f for f in FORMATS if f.suffix != "html"), *(f for f in FORMATS if f.suffix == "html")]


@pytest.mark.parametrize(("path", "offered"), [(f"/doc/{QUESTION}", FORMATS), ("/ldes", STREAM)])
def test_406_to_a_script_is_plain_text_listing_each_format_and_its_link(live_server, path, offered):
    status, headers, body = fetch(live_server + path, "image/png, application/pdf;q=0.5")
    assert status == 406
    assert headers.get_content_type() == "text/plain"
    assert body.startswith("406 Not Acceptable: ") and "<" not in body
    assert {f.media_type for f in FORMATS if f.media_type in body} == {f.media_type for f in offered}
    links = headers["Link"].split(", ")
    assert links == [f'<{path}.{f.suffix}>; rel="alternate"; type="{f.media_type}"' for f in offered]
    assert headers["Vary"] == "Accept"
    for fmt in offered:  # each link answers in the format it names
        assert fetch(f"{live_server}{path}.{fmt.suffix}", "image/png")[0] == 200


def test_406_links_are_percent_encoded(live_server):
    status, headers, _ = fetch(f"{live_server}/doc/a%00b%20c", "image/png")
    assert status == 406
    assert headers["Link"].startswith('</doc/a%00b%20c.html>; rel="alternate"')


def test_unknown_suffix_is_not_found(client):
    assert client.get(f"/doc/{QUESTION}.docx").status_code == 404


def test_head_has_the_headers_and_no_body(client):
    get = client.get(f"/doc/{QUESTION}.ttl")
    head = client.head(f"/doc/{QUESTION}.ttl")
    assert head.status_code == 200 and head.data == b""
    assert head.headers["ETag"] == get.headers["ETag"]
    assert head.headers["Content-Type"] == get.headers["Content-Type"]


def test_etag_gives_304_and_differs_per_format(client):
    first = client.get(f"/doc/{QUESTION}", headers={"Accept": "text/turtle"})
    etag = first.headers["ETag"]
    again = client.get(f"/doc/{QUESTION}", headers={"Accept": "text/turtle", "If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    other = client.get(f"/doc/{QUESTION}", headers={"Accept": "application/ld+json", "If-None-Match": etag})
    assert other.status_code == 200
    assert other.headers["ETag"] != etag


def test_a_filtered_dataset_page_has_its_own_etag(client):
    page = "/doc/dataset/contacten-1700"
    etag = client.get(page).headers["ETag"]
    filtered = client.get(page, query_string={"refPeriod": "x"}, headers={"If-None-Match": etag})
    assert filtered.status_code == 200 and filtered.headers["ETag"] != etag
    assert client.get(page, headers={"If-None-Match": etag}).status_code == 304


def test_pages_are_cached_briefly_and_dumps_longer(client):
    page = client.get(f"/doc/{QUESTION}")
    assert page.cache_control.public and page.cache_control.max_age == 300
    dump = client.get("/dumps/vlaq.ttl")
    assert dump.cache_control.public and dump.cache_control.max_age >= 3600


@pytest.mark.parametrize("url", ["/", f"/doc/{QUESTION}", f"/doc/{QUESTION}.ttl", "/doc/vraag/nee",
                                 "/catalog", "/dumps/", "/dumps/vlaq.ttl", "/sitemap.xml", "/ldes"])
def test_security_headers_on_every_response(client, url):
    response = client.get(url)
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_only_the_sparql_editor_relaxes_the_policy(client):
    editor = client.get("/sparql", headers={"Accept": "text/html"})
    assert editor.status_code == 200
    assert editor.headers["Content-Security-Policy"] != client.get("/").headers["Content-Security-Policy"]


@pytest.mark.parametrize("url", ["/dumps/../build.json", "/dumps/%2e%2e/build.json", "/dumps/..%2fbuild.json",
                                 "/dumps//etc/passwd", "/dumps/csv/../../store/CURRENT"])
def test_dumps_refuse_path_traversal(client, url):
    response = client.get(url, follow_redirects=True)
    assert response.status_code == 404
    assert b"/tmp" not in response.data and b"Traceback" not in response.data


def test_html_error_pages_escape_what_the_client_sent(client):
    response = client.get("/doc/vraag/%3Cscript%3Ealert(1)%3C%2Fscript%3E", headers={"Accept": "text/html"})
    assert response.status_code == 404
    body = response.get_data(as_text=True)
    assert "<script>alert" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


@pytest.mark.parametrize("url", ["/", f"/doc/{QUESTION}.ttl", "/catalog", "/dumps/", "/ldes"])
def test_without_a_build_every_route_answers_503_and_says_why(tmp_path, url):
    from vlaq_lod.web import create_app

    response = create_app({"TESTING": True, "OUT": str(tmp_path)}).test_client().get(url)
    assert response.status_code == 503
    assert b"No build has been published yet" in response.data
    assert b"Traceback" not in response.data and str(tmp_path).encode() not in response.data


def test_html_suffix_twin_is_the_page_a_browser_gets(client):
    by_suffix = client.get(f"/doc/{QUESTION}.html", headers={"Accept": "text/turtle"})
    negotiated = client.get(f"/doc/{QUESTION}", headers={"Accept": BROWSER_ACCEPT})
    assert by_suffix.mimetype == "text/html" and by_suffix.data == negotiated.data
    assert negotiated.headers["Content-Location"] == f"/doc/{QUESTION}.html"
