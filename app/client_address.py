"""The client's address: the socket's peer, unless that peer is a proxy ``FPW_TRUSTED_PROXIES`` names.

Behind trusted proxies, ``X-Forwarded-For`` is read from the right: each hop a trusted proxy
appended is skipped, and the first address not in the list is the client. A client cannot forge its
way past that, because it can only write the left end of the header.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache
from typing import Annotated

from fastapi import Depends, Request

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def _networks(trusted: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(item.strip(), strict=False) for item in trusted if item.strip())


def _trusted(address: str, networks: tuple[Network, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    return any(ip in network for network in networks)


def resolve_client_address(peer: str | None, forwarded_for: str | None, trusted: list[str]) -> str:
    networks = _networks(tuple(trusted))
    client = peer or "unknown"
    if not networks or not _trusted(client, networks) or not forwarded_for:
        return client
    for hop in reversed([part.strip() for part in forwarded_for.split(",")]):
        if not hop:
            continue
        if not _trusted(hop, networks):
            try:
                return str(ipaddress.ip_address(hop))
            except ValueError:
                return client  # garbage in the header: fall back to the proxy itself
        client = hop
    return client


async def client_address(request: Request) -> str:
    settings = request.app.state.settings
    return resolve_client_address(
        request.client.host if request.client else None,
        request.headers.get("x-forwarded-for"),
        settings.trusted_proxies,
    )


ClientAddress = Annotated[str, Depends(client_address)]
