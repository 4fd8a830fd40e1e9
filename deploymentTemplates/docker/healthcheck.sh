#!/usr/bin/env bash
# The image's HEALTHCHECK: GET /health/live on the first port in ASPNETCORE_HTTP_PORTS, with bash alone (the
# ASP.NET Core image has no curl). Exit 0 when the bot answers 200, 1 otherwise.
port="${ASPNETCORE_HTTP_PORTS:-8080}"
port="${port%%[,;]*}"
exec 3<>"/dev/tcp/127.0.0.1/$port" 2>/dev/null || exit 1
printf 'GET /health/live HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS= read -r -t 5 status <&3 || exit 1
[[ "$status" == "HTTP/1."[01]" 200"* ]] || exit 1
