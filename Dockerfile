# The statement monitor's services in one image: `docker run IMAGE <service> --config FILE`, where
# <service> is ingest, enrich, index, alerts, demo-feed or up (see docker-compose.yml).

# Build stage: Maven on a JDK 21 image; only the launcher and the modules it needs. The
# Elasticsearch distribution (only for the local node of `up`, which containers do not run) is left out.
FROM maven:3.9.11-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -DskipTests -pl launcher -am package \
 && mkdir -p /out \
 && cp launcher/target/launcher-*.jar /out/launcher.jar \
 && cp -r launcher/target/lib /out/lib \
 && rm -f /out/lib/*.zip

# Run stage: a JRE 21, an unprivileged user, the launcher jar and its dependencies.
FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 --home-dir /var/lib/monitor --shell /usr/sbin/nologin monitor \
 && mkdir -p /var/lib/monitor /etc/monitor \
 && chown monitor:monitor /var/lib/monitor
COPY --from=build /out /app
USER monitor
WORKDIR /var/lib/monitor
VOLUME /var/lib/monitor
# /metrics and /health of the service (ops.port)
EXPOSE 9400
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-cp", "/app/launcher.jar:/app/lib/*", "org.statementmonitor.launcher.Main"]
CMD ["--help"]
