"""/docs and /redoc work without internet: every asset comes from the API itself, with its licence."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.asyncio

# Anything that could make a browser reach another host: absolute or protocol-relative URLs.
OUTSIDE = re.compile(r"(?:https?:)?//[A-Za-z0-9.-]+")
ASSET = re.compile(r"""(?:src|href)\s*=\s*["']([^"']+)["']|url:\s*["']([^"']+)["']""")


@pytest.mark.parametrize("page", ["/docs", "/redoc", "/docs/oauth2-redirect"])
async def test_docs_pages_name_no_outside_host_and_their_assets_load(api, page):
    response = await api.client.get(page)
    assert response.status_code == 200
    html = response.text
    assert OUTSIDE.findall(html) == []
    assets = [a or b for a, b in ASSET.findall(html)]
    if page != "/docs/oauth2-redirect":
        assert any(a.endswith(".js") for a in assets), assets
    for asset in assets:
        assert asset.startswith("/"), asset
        loaded = await api.client.get(asset)
        assert loaded.status_code == 200, asset
        assert len(loaded.content) > 500, asset


async def test_swagger_page_points_authorize_at_the_local_redirect_and_no_validator(api):
    html = (await api.client.get("/docs")).text
    assert '"validatorUrl": null' in html
    assert "/docs/oauth2-redirect" in html
    assert "/openapi.json" in html


async def test_bundled_assets_keep_their_licences(api):
    for path in (
        "/static/docs/swagger-ui/LICENSE",
        "/static/docs/swagger-ui/NOTICE",
        "/static/docs/swagger-ui/swagger-ui-bundle.js.LICENSE.txt",
        "/static/docs/redoc/LICENSE",
        "/static/docs/redoc/redoc.standalone.js.LICENSE.txt",
    ):
        assert (await api.client.get(path)).status_code == 200, path
    versions = (await api.client.get("/static/docs/VERSIONS")).text
    assert re.search(r"swagger-ui-dist \d+\.\d+\.\d+", versions)
    assert re.search(r"redoc \d+\.\d+\.\d+", versions)
