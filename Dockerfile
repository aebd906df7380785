# One image for every OncoCurate service; the role is chosen by the command (see docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -pl app -am package

FROM eclipse-temurin:17-jre
# Tesseract reads pages that have no text layer.
RUN apt-get update \
    && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-eng \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/oncocurate
COPY --from=build /src/app/target/oncocurate.jar ./
COPY --from=build /src/app/target/lib ./lib
RUN useradd --system --home /opt/oncocurate oncocurate
USER oncocurate
ENTRYPOINT ["java", "-cp", "/opt/oncocurate/oncocurate.jar:/opt/oncocurate/lib/*", "org.oncocurate.app.cli.Curate"]
CMD ["serve", "--role", "all"]
