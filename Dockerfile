# syntax=docker/dockerfile:1
# Build: docker build -t fpwork .
# Run:   docker run -e FPW_JWT_SECRET=... -e FPW_PII_KEY=... \
#          -e FPW_DATABASE_URL=postgresql+asyncpg://user:pass@db:5432/fpwork -p 8000:8000 fpwork
# Production requires FPW_DATABASE_URL (PostgreSQL) and refuses the development secrets (app/config.py).
# With the migrations and the worker: compose.yaml (docker compose up).

# The base image pinned by digest: python:3.11-slim's multi-platform index (Python 3.11.15, Debian
# trixie), as recorded by docker-library/repo-info (repos/python/remote/3.11-slim.md); update it with
# `docker buildx imagetools inspect python:3.11-slim` (docs/operations.md, "Deployment").
FROM python:3.11-slim@sha256:90744cff8f32887f075c47d747a173ff333e9e98801667af93c357fa9f5e28ff AS build
WORKDIR /src
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH \
    PIP_DISABLE_PIP_VERSION_CHECK=1
# Only what requirements.lock pins, each file checked against its hash (scripts/lock_requirements.sh).
COPY requirements.lock ./
RUN pip install --no-cache-dir --require-hashes --only-binary=:all: -r requirements.lock

FROM python:3.11-slim@sha256:90744cff8f32887f075c47d747a173ff333e9e98801667af93c357fa9f5e28ff AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    FPW_ENVIRONMENT=production
RUN groupadd --system --gid 10001 fpwork \
    && useradd --system --uid 10001 --gid fpwork --home /srv fpwork
COPY --from=build /opt/venv /opt/venv
WORKDIR /srv
COPY --chown=fpwork:fpwork alembic.ini ./
COPY --chown=fpwork:fpwork migrations ./migrations
COPY --chown=fpwork:fpwork app ./app
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=2).status == 200 else 1)"]
# Migrations first, then the API. Replicas starting together are safe: migrations/env.py takes a
# PostgreSQL advisory lock, so one migrates and the others find the schema at head.
# The background worker is the same image: docker run ... fpwork python -m app.worker (any number).
# Shutdown: on SIGTERM /readyz turns 503 at once and the API keeps serving for FPW_SHUTDOWN_DRAIN_SECONDS
# (5), then uvicorn finishes in-flight requests for at most 20 s and exits: give the container a stop
# timeout above 25 s (docker stop -t 30; Kubernetes terminationGracePeriodSeconds: 30).
# The client address is the socket's peer: behind a proxy set FPW_TRUSTED_PROXIES (uvicorn's own
# proxy-header handling is off, so there is one setting for it).
STOPSIGNAL SIGTERM
ENV FPW_SHUTDOWN_DRAIN_SECONDS=5
CMD ["sh", "-c", "alembic upgrade head && exec uvicorn app.main:app --host 0.0.0.0 --port 8000 --no-proxy-headers --timeout-graceful-shutdown 20 --no-access-log"]
