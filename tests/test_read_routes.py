"""Every GET of the API is either on the fast read path (its endpoint marked ``@lane``) or named
here with the reason it reads through the ORM session: a new list or single read cannot quietly
take the slow path, and one that moves to the lane must leave this table."""

from __future__ import annotations

from fastapi.routing import APIRoute, iter_route_contexts

from app.main import create_app
from app.read_lane import LANE_ENDPOINTS

AGGREGATE = "an aggregate computed over many rows, not a row read"
STATIC = "no database read: code tables from the code"

SESSION_PATH: dict[str, str] = {
    "getMe": "the caller's own user and permissions, read once per sign-in by a client",
    "listEnums": STATIC,
    "listWorkflows": STATIC,
    "getWorkingCalendar": "built from the official holiday calendar and the office's own days",
    "listFamilyChildren": "in birth order, which is not the id order the fast path keys on",
}


def _gets() -> dict[str, APIRoute]:
    app = create_app()
    routes: dict[str, APIRoute] = {}
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if isinstance(route, APIRoute) and "GET" in route.methods and route.path.startswith("/api/"):
            routes[route.operation_id or route.name] = route
    return routes


def test_every_api_read_is_on_the_lane_or_says_why_not():
    routes = _gets()
    on_session = sorted(op for op, route in routes.items() if route.endpoint not in LANE_ENDPOINTS)
    assert on_session == sorted(SESSION_PATH), "a GET route is on neither the lane nor the list above"
    assert all(reason.strip() for reason in SESSION_PATH.values())


def test_the_lane_serves_most_reads():
    routes = _gets()
    on_lane = [op for op, route in routes.items() if route.endpoint in LANE_ENDPOINTS]
    assert len(on_lane) > len(SESSION_PATH)
