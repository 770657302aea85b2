# syntax=docker/dockerfile:1
# Build: docker build -t fpwork .
# Run:   docker run -e FPW_ENVIRONMENT=production -e FPW_JWT_SECRET=... -e FPW_PII_KEY=... \
#          -e FPW_DATABASE_URL=postgresql+asyncpg://user:pass@db:5432/fpwork -p 8000:8000 fpwork

FROM python:3.11-slim AS build
WORKDIR /src
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
COPY pyproject.toml ./
COPY app ./app
RUN pip install --no-cache-dir --upgrade pip && pip install --no-cache-dir .

FROM python:3.11-slim AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    FPW_ENVIRONMENT=production
RUN groupadd --system fpwork && useradd --system --gid fpwork --home /srv fpwork
COPY --from=build /opt/venv /opt/venv
WORKDIR /srv
COPY --chown=fpwork:fpwork alembic.ini ./
COPY --chown=fpwork:fpwork migrations ./migrations
COPY --chown=fpwork:fpwork app ./app
USER fpwork
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=2).status == 200 else 1)"
# Shutdown: on SIGTERM /readyz turns 503 at once and the API keeps serving for FPW_SHUTDOWN_DRAIN_SECONDS
# (5), then uvicorn finishes in-flight requests for at most 20 s and exits: give the container a stop
# timeout above 25 s (docker stop -t 30; Kubernetes terminationGracePeriodSeconds: 30).
# The client address is the socket's peer: behind a proxy set FPW_TRUSTED_PROXIES (uvicorn's own
# proxy-header handling is off, so there is one setting for it).
STOPSIGNAL SIGTERM
ENV FPW_SHUTDOWN_DRAIN_SECONDS=5
# Migrations first (idempotent), then the API; more capacity = more containers behind a load balancer.
CMD ["sh", "-c", "alembic upgrade head && exec uvicorn app.main:app --host 0.0.0.0 --port 8000 --no-proxy-headers --timeout-graceful-shutdown 20 --no-access-log"]
