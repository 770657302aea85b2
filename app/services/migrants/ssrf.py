"""Refusing webhook URLs that point inside our network (SSRF), after DNS resolution.

A subscription URL whose host resolves to a loopback, private, link-local (cloud metadata such as
169.254.169.254), shared, multicast, reserved or unspecified address is refused, at subscription and
again before every delivery (a name may be re-pointed later). ``webhook_allowed_hosts`` names hosts or
networks (CIDR) that are allowed all the same, e.g. ``127.0.0.1`` for a receiver on this machine.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from app.config import Settings

Resolver = Callable[[str, int], Awaitable[list[str]]]
RESOLVE_TIMEOUT_SECONDS = 5.0


class UnsafeUrl(Exception):
    """The URL may not be called; the message says why."""


async def system_resolve(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


# Tests replace this to make a name resolve where they want.
resolver: Resolver = system_resolve


def _allowed(host: str, address: ipaddress.IPv4Address | ipaddress.IPv6Address, allow: list[str]) -> bool:
    for entry in allow:
        if entry.lower() == host.lower():
            return True
        try:
            if address in ipaddress.ip_network(entry, strict=False):
                return True
        except ValueError:
            continue
    return False


async def check_url(url: str, settings: Settings) -> list[str]:
    """The addresses ``url`` resolves to, if every one of them may be called; UnsafeUrl otherwise."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnsafeUrl("The URL must be http(s) with a host")
    if parts.username or parts.password:
        raise UnsafeUrl("The URL may not carry credentials")
    host = parts.hostname
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise UnsafeUrl("The URL's port is not valid") from exc
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            resolved = await asyncio.wait_for(resolver(host, port), timeout=RESOLVE_TIMEOUT_SECONDS)
            addresses = [ipaddress.ip_address(a.split("%")[0]) for a in resolved]
        except (OSError, UnicodeError, ValueError, TimeoutError) as exc:
            raise UnsafeUrl(f"The host {host} does not resolve") from exc
    if not addresses:
        raise UnsafeUrl(f"The host {host} does not resolve")
    for address in addresses:
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        if not address.is_global and not _allowed(host, address, settings.webhook_allowed_hosts):
            raise UnsafeUrl(
                f"The host {host} resolves to {address}, a loopback, private, link-local or reserved "
                "address; webhooks go to public addresses only"
            )
    return [str(a) for a in addresses]
