"""A small Prometheus text exposition: request counts and latency per route template."""

from __future__ import annotations

from collections import defaultdict
from threading import Lock

_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


class Metrics:
    def __init__(self) -> None:
        self._lock = Lock()
        self.requests: dict[tuple[str, str, int], int] = defaultdict(int)
        self.latency_buckets: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0] * len(_BUCKETS))
        self.latency_sum: dict[tuple[str, str], float] = defaultdict(float)
        self.latency_count: dict[tuple[str, str], int] = defaultdict(int)

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        with self._lock:
            self.requests[(method, route, status)] += 1
            key = (method, route)
            buckets = self.latency_buckets[key]
            for i, bound in enumerate(_BUCKETS):
                if seconds <= bound:
                    buckets[i] += 1
            self.latency_sum[key] += seconds
            self.latency_count[key] += 1

    def render(self) -> str:
        lines = [
            "# HELP fpwork_http_requests_total HTTP requests by method, route and status.",
            "# TYPE fpwork_http_requests_total counter",
        ]
        with self._lock:
            for (method, route, status), count in sorted(self.requests.items()):
                labels = f'method="{method}",route="{route}",status="{status}"'
                lines.append(f"fpwork_http_requests_total{{{labels}}} {count}")
            lines += [
                "# HELP fpwork_http_request_duration_seconds Request latency.",
                "# TYPE fpwork_http_request_duration_seconds histogram",
            ]
            for (method, route), buckets in sorted(self.latency_buckets.items()):
                labels = f'method="{method}",route="{route}"'
                for bound, count in zip(_BUCKETS, buckets, strict=True):
                    lines.append(
                        f'fpwork_http_request_duration_seconds_bucket{{{labels},le="{bound}"}} {count}'
                    )
                total = self.latency_count[(method, route)]
                lines.append(f'fpwork_http_request_duration_seconds_bucket{{{labels},le="+Inf"}} {total}')
                seconds = self.latency_sum[(method, route)]
                lines.append(f"fpwork_http_request_duration_seconds_sum{{{labels}}} {seconds}")
                lines.append(f"fpwork_http_request_duration_seconds_count{{{labels}}} {total}")
        return "\n".join(lines) + "\n"


METRICS = Metrics()
