# The Comet REST service (src/Comet.Server). Multi-stage: the .NET SDK builds, the ASP.NET runtime runs.
# Not built in CI (no Docker engine on our machines); kept simple and conventional.
#
#   docker build -t comet-server .
#   docker run -d -p 8080:8080 -v comet-data:/data --name comet comet-server
#   docker exec comet dotnet Comet.Server.dll keys create --project demo --scope admin
#
# Settings come from appsettings.json and environment variables (Comet__MaxRequestBytes=..., see
# src/Comet.Server/README.md). The database and the embedding cache live in the /data volume.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY Directory.Build.props Directory.Packages.props ./
# The loaders embed the dataset manifests (small JSON files), so datasets/ is part of the build.
COPY datasets/ datasets/
COPY src/ src/
RUN dotnet publish src/Comet.Server/Comet.Server.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# COMET_CACHE: the embedding vectors live in the volume beside the database, so a new container
# re-encodes only texts it has never seen (the default measures include the MiniLM embedding).
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Comet__DataDirectory=/data \
    COMET_CACHE=/data/cache
# The aspnet image ships a non-root user "app" ($APP_UID); it must own the data folder.
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME /data
USER $APP_UID
EXPOSE 8080
# Probe GET /health from the orchestrator (the runtime image has no curl for a HEALTHCHECK).
ENTRYPOINT ["dotnet", "Comet.Server.dll"]
