"""Refusing webhook URLs that point inside our network (SSRF), after DNS resolution.

A subscription URL whose host resolves to a loopback, private, link-local (cloud metadata such as
169.254.169.254), shared, multicast, site-local, reserved or unspecified address is refused, at
subscription and again before every delivery (a name may be re-pointed later). ``webhook_allowed_hosts``
names hosts or networks (CIDR) that are allowed all the same, e.g. ``127.0.0.1`` for a receiver on this
machine.

IPv6 addresses that carry an IPv4 address inside are judged by that IPv4 address, since that is where
a translator or tunnel delivers them: IPv4-mapped ``::ffff:0:0/96``, IPv4-translated ``::ffff:0:0:0/96``,
IPv4-compatible ``::/96``, NAT64 ``64:ff9b::/96``, 6to4 ``2002::/16`` and Teredo ``2001::/32`` (its
server and its client address, both). The local-use NAT64 prefix ``64:ff9b:1::/48`` (RFC 8215) is
refused whatever it carries: its operator picks where inside it the IPv4 address sits, so it cannot be
read reliably, and it is by definition a network of ours, not the internet. An allow-list entry may
name the IPv6 address (or network) or the IPv4 address inside it.
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
    """The URL may not be called; the message says why (``zh``: the same in Chinese)."""

    def __init__(self, message: str, *, zh: str) -> None:
        super().__init__(message)
        self.zh = zh


Address = ipaddress.IPv4Address | ipaddress.IPv6Address
_LOCAL_USE_NAT64 = ipaddress.IPv6Network("64:ff9b:1::/48")
_EMBEDDING_96 = (
    ipaddress.IPv6Network("::ffff:0:0/96"),  # IPv4-mapped
    ipaddress.IPv6Network("::ffff:0:0:0/96"),  # IPv4-translated (RFC 2765)
    ipaddress.IPv6Network("::/96"),  # IPv4-compatible (deprecated; also holds :: and ::1)
    ipaddress.IPv6Network("64:ff9b::/96"),  # NAT64 well-known prefix (RFC 6052)
)
_SIX_TO_FOUR = ipaddress.IPv6Network("2002::/16")
_TEREDO = ipaddress.IPv6Network("2001::/32")


async def system_resolve(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


# Tests replace this to make a name resolve where they want.
resolver: Resolver = system_resolve


def embedded_ipv4(address: Address) -> list[ipaddress.IPv4Address] | None:
    """The IPv4 addresses an IPv6 address carries (where it is delivered), or None for any other."""
    if isinstance(address, ipaddress.IPv4Address):
        return None
    if any(address in network for network in _EMBEDDING_96):
        return [ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)]
    if address in _SIX_TO_FOUR:
        return [ipaddress.IPv4Address((int(address) >> 80) & 0xFFFFFFFF)]
    if address in _TEREDO:
        server = ipaddress.IPv4Address((int(address) >> 64) & 0xFFFFFFFF)
        client = ipaddress.IPv4Address(~int(address) & 0xFFFFFFFF)
        return [server, client]
    return None


def is_public(address: Address) -> bool:
    """A global unicast address (Python's ``is_global`` alone lets multicast and site-local pass)."""
    if isinstance(address, ipaddress.IPv6Address) and (address.is_site_local or address in _LOCAL_USE_NAT64):
        return False
    return address.is_global and not (
        address.is_multicast
        or address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_reserved
        or address.is_unspecified
    )


def refused_address(host: str, address: Address, allow: list[str]) -> str | None:
    """None if ``address`` may be called; else the address that may not (the IPv4 one inside)."""
    if _allowed(host, address, allow):
        return None
    inside = embedded_ipv4(address)
    if inside is None:
        return None if is_public(address) else str(address)
    for ipv4 in inside:
        if not is_public(ipv4) and not _allowed(host, ipv4, allow):
            return f"{ipv4} (inside {address})"
    return None


def _allowed(host: str, address: Address, allow: list[str]) -> bool:
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
    try:
        parts = urlsplit(url)
    except ValueError as exc:  # a bracketed host that is no IPv6 address
        raise UnsafeUrl("The URL's host is not valid", zh="URL 的主机名无效") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnsafeUrl("The URL must be http(s) with a host", zh="URL 必须是带主机名的 http(s) 地址")
    if parts.username or parts.password:
        raise UnsafeUrl("The URL may not carry credentials", zh="URL 中不得包含用户名或密码")
    host = parts.hostname
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise UnsafeUrl("The URL's port is not valid", zh="URL 的端口无效") from exc
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            resolved = await asyncio.wait_for(resolver(host, port), timeout=RESOLVE_TIMEOUT_SECONDS)
            addresses = [ipaddress.ip_address(a.split("%")[0]) for a in resolved]
        except (OSError, UnicodeError, ValueError, TimeoutError) as exc:
            raise UnsafeUrl(f"The host {host} does not resolve", zh=f"主机 {host} 无法解析") from exc
    if not addresses:
        raise UnsafeUrl(f"The host {host} does not resolve", zh=f"主机 {host} 无法解析")
    for address in addresses:
        refused = refused_address(host, address, settings.webhook_allowed_hosts)
        if refused is not None:
            raise UnsafeUrl(
                f"The host {host} resolves to {refused}, a loopback, private, link-local, multicast or "
                "reserved address; webhooks go to public addresses only",
                zh=f"主机 {host} 解析为 {refused}，属于回环、私有、链路本地、组播或保留地址；"
                "Webhook 只能发往公网地址",
            )
    return [str(a) for a in addresses]
