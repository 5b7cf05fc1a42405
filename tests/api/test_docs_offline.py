"""The interactive docs work without the internet: every script and stylesheet of /docs
and /redoc comes from the app itself."""

from __future__ import annotations

import re

import httpx
import pytest

_REFERENCES = re.compile(r"""(?:src|href)\s*=\s*["']([^"']+)["']""")
_URL_IN_SCRIPT = re.compile(r"""url:\s*['"]([^'"]+)['"]|spec-url="([^"]+)\"""")


@pytest.mark.parametrize(
    ("page", "assets"),
    [
        ("/docs", {".js": "text/javascript", ".css": "text/css", ".png": "image/png"}),
        ("/redoc", {".js": "text/javascript", ".png": "image/png"}),
    ],
)
async def test_docs_pages_load_everything_from_the_app(
    client: httpx.AsyncClient, page: str, assets: dict[str, str]
) -> None:
    response = await client.get(page)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    html = response.text
    assert "cdn." not in html
    assert "googleapis" not in html
    # The page's policy lets the browser load nothing from elsewhere.
    policy = response.headers["content-security-policy"]
    assert "http" not in policy
    references = _REFERENCES.findall(html)
    kinds = {ref[ref.rfind(".") :] for ref in references}
    assert kinds == set(assets), references
    for ref in references:
        assert ref.startswith("/"), ref  # the app's own URL, never another host
        asset = await client.get(ref)
        assert asset.status_code == 200, ref
        expected = assets[ref[ref.rfind(".") :]]
        assert asset.headers["content-type"].startswith(expected), (ref, asset.headers)
        assert len(asset.content) > 1000, ref
    # The API description it shows is the app's own too.
    spec_urls = {a or b for a, b in _URL_IN_SCRIPT.findall(html)}
    assert spec_urls == {"/openapi.json"}
    assert (await client.get("/openapi.json")).status_code == 200


async def test_the_swagger_ui_sign_in_redirect_page_is_served(client: httpx.AsyncClient) -> None:
    response = await client.get("/docs/oauth2-redirect")
    assert response.status_code == 200
    assert "oauth2" in response.text.lower()
