# Production image of the API. Build: docker build -t bawaslu-api .
FROM python:3.12-slim AS build
WORKDIR /src
RUN pip install --no-cache-dir build
COPY pyproject.toml README.md alembic.ini ./
COPY packaging ./packaging
COPY src ./src
COPY migrations ./migrations
COPY openapi ./openapi
RUN python -m build --wheel --outdir /dist packaging/bawaslu-rules \
 && python -m build --wheel --outdir /dist .

FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    BAWASLU_ENVIRONMENT=production BAWASLU_HOST=0.0.0.0 BAWASLU_DATA_DIR=/var/lib/bawaslu
RUN useradd --system --home /var/lib/bawaslu --create-home bawaslu
COPY --from=build /dist /dist
# The s3 extra: evidence can live in any S3-compatible store (BAWASLU_EVIDENCE_* settings);
# the otel extra: tracing, switched on by the OTEL_* environment (docs/operations.md).
RUN pip install --no-cache-dir "$(ls /dist/bawaslu_api-*.whl)[s3,otel]" /dist/bawaslu_rules-*.whl \
 && rm -rf /dist
USER bawaslu
WORKDIR /var/lib/bawaslu
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --retries=5 \
  CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/v1/health/live').status != 200)"
CMD ["bawaslu-api", "serve"]
