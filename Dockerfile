# neam-lsp lint as a container image for CI pipelines. The entry point is `neam-lsp lint`, so the
# arguments are lint's: run it in the folder to check, mounted at /src.
#
#   docker run --rm -v "$PWD:/src" ghcr.io/neam-lang/neam-lsp --format sarif --output neam.sarif .
#
# The build stage compiles the jar with the Maven wrapper (the tests run in the project's own CI);
# the image keeps a Java runtime, the jar and its launcher, and runs as a user without privileges.

# The image runs `neam-lsp lint`, a batch command: it serves no port and no health endpoint, so the
# neam-api contract checks (EXPOSE 8080, a HEALTHCHECK on /health) do not apply to it.
# neam-disable DEPLOY7002, DEPLOY7003 -- a linter image, not a neam-api server

FROM eclipse-temurin:17-jdk-jammy AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY grammar grammar
COPY parser parser
COPY lsp lsp
COPY tests/pom.xml tests/pom.xml
RUN ./mvnw -B -q -pl lsp -am package -DskipTests

FROM eclipse-temurin:17-jre-jammy
LABEL org.opencontainers.image.title="neam-lsp lint" \
      org.opencontainers.image.description="Checks Neam sources, neam.toml and deploy files: neam-lsp lint" \
      org.opencontainers.image.source="https://github.com/neam-lang/neam-lsp"
RUN useradd --system --uid 10001 --user-group --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin neam
COPY --from=build /build/lsp/target/neam-lsp.jar /opt/neam-lsp/neam-lsp.jar
COPY bin/neam-lsp /opt/neam-lsp/neam-lsp
RUN ln -s /opt/neam-lsp/neam-lsp /usr/local/bin/neam-lsp
USER 10001:10001
WORKDIR /src
ENTRYPOINT ["neam-lsp", "lint"]
