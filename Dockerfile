# traceprof: the OTLP listeners and the web app in one image.
# Used by docker-compose.yml (with a ClickHouse server via CLICKHOUSE_URL) and the Kubernetes
# manifests in deploy/kubernetes. Without CLICKHOUSE_URL it uses the embedded engine in /data.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx next build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 TRACEPROF_DATA_DIR=/data
# Reachable from outside the container, so traceprof refuses to start without access control:
# set TRACEPROF_WEB_TOKEN or TRACEPROF_TRUSTED_USER_HEADER (see SECURITY.md).
ENV TRACEPROF_WEB_HOST=0.0.0.0
COPY --from=build /app /app
VOLUME /data
# 4317 OTLP/gRPC, 4318 OTLP/HTTP, 3000 web app.
EXPOSE 4317 4318 3000
STOPSIGNAL SIGTERM
CMD ["node", "--import", "tsx", "server.ts"]
