# Builds the service from this repository (all modules, the kjar included) and runs it on a JRE.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY rules-kjar rules-kjar
COPY engine engine
COPY bench bench
COPY admin-ui-static admin-ui-static
COPY api api
RUN mvn -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app hoctap
WORKDIR /app
COPY --from=build /src/api/target/hoctap-api.jar /app/hoctap-api.jar
USER hoctap
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/hoctap-api.jar"]
