# ofbot in a container: slim Python, a virtual environment built in a first stage, run as a
# non-root user. `docker compose up` (compose.yaml) runs it on PostgreSQL with volumes.
FROM python:3.11-slim AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY storage ./storage
COPY templates ./templates
RUN python -m venv /opt/ofbot && /opt/ofbot/bin/pip install --quiet .

FROM python:3.11-slim
RUN useradd --system --uid 10001 --user-group --home-dir /var/lib/ofbot --create-home ofbot \
    && mkdir -p /etc/ofbot
COPY --from=build /opt/ofbot /opt/ofbot
COPY contrib/container.toml /etc/ofbot/ofbot.toml
ENV PATH=/opt/ofbot/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1
USER ofbot
WORKDIR /var/lib/ofbot
VOLUME ["/var/lib/ofbot"]
# 8025: the SMTP/LMTP listener; 9464: /healthz and /metrics
EXPOSE 8025 9464
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
    CMD python -c "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:9464/healthz', timeout=4).status != 200)"
ENTRYPOINT ["ofbot"]
CMD ["run"]
