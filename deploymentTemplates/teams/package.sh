#!/usr/bin/env bash
# Builds the Teams app package: fills manifest.json's parameters and zips it with the two icons.
#   deploymentTemplates/teams/package.sh --bot-id <MicrosoftAppId> [options]
# Options (each also read from the environment variable in brackets):
#   --bot-id ID          the Azure Bot's app id (BOT_ID); required. With the Azure template it is the
#                        output botAppId (the bot's user-assigned managed identity's client id).
#   --app-id ID          the Teams app's own id (TEAMS_APP_ID); keep it stable across versions of the package.
#   --version X.Y.Z      the package version (APP_VERSION), raised for every change you upload.
#   --developer NAME     --website-url URL  --privacy-url URL  --terms-url URL
#                        the publisher shown in Teams (DEVELOPER_NAME, WEBSITE_URL, PRIVACY_URL, TERMS_URL).
#   --out FILE           where the zip goes (OUT); default build/ecombot-teams.zip beside this script.
# Needs bash, sed and zip. Upload the zip in Teams (Apps > Manage your apps > Upload an app) or the Teams admin centre.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

BOT_ID="${BOT_ID:-}"
TEAMS_APP_ID="${TEAMS_APP_ID:-7bb498e4-254b-4da6-a767-74007ddcdab8}"
APP_VERSION="${APP_VERSION:-1.0.0}"
DEVELOPER_NAME="${DEVELOPER_NAME:-EcomBot}"
WEBSITE_URL="${WEBSITE_URL:-https://www.example.com}"
PRIVACY_URL="${PRIVACY_URL:-https://www.example.com/privacy}"
TERMS_URL="${TERMS_URL:-https://www.example.com/terms}"
OUT="${OUT:-$here/build/ecombot-teams.zip}"

fail() { echo "package.sh: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
  if [ "$1" = "--help" ] || [ "$1" = "-h" ]; then sed -n '2,13p' "$0"; exit 0; fi
  [ $# -ge 2 ] || fail "$1 needs a value"
  case "$1" in
    --bot-id) BOT_ID="$2" ;;
    --app-id) TEAMS_APP_ID="$2" ;;
    --version) APP_VERSION="$2" ;;
    --developer) DEVELOPER_NAME="$2" ;;
    --website-url) WEBSITE_URL="$2" ;;
    --privacy-url) PRIVACY_URL="$2" ;;
    --terms-url) TERMS_URL="$2" ;;
    --out) OUT="$2" ;;
    *) fail "unknown option $1" ;;
  esac
  shift 2
done

guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
[ -n "$BOT_ID" ] || fail "--bot-id is required (the Azure Bot's MicrosoftAppId)"
[[ "$BOT_ID" =~ $guid ]] || fail "--bot-id must be a GUID, got '$BOT_ID'"
[[ "$TEAMS_APP_ID" =~ $guid ]] || fail "--app-id must be a GUID, got '$TEAMS_APP_ID'"
[[ "$APP_VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "--version must look like 1.2.3, got '$APP_VERSION'"
for url in "$WEBSITE_URL" "$PRIVACY_URL" "$TERMS_URL"; do
  [[ "$url" =~ ^https:// ]] || fail "publisher URLs must start with https://, got '$url'"
done
[[ "$WEBSITE_URL" == https://www.example.com* ]] && echo "package.sh: warning: publisher URLs are the example.com defaults; pass --website-url, --privacy-url and --terms-url" >&2
# Values go into JSON strings and a sed replacement: refuse the characters that would break either.
for value in "$DEVELOPER_NAME" "$WEBSITE_URL" "$PRIVACY_URL" "$TERMS_URL"; do
  [[ "$value" != *[\"\\\|\&]* ]] || fail "'$value' contains one of \" \\ | &"
done

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
sed -e "s|{{BOT_ID}}|$BOT_ID|g" -e "s|{{TEAMS_APP_ID}}|$TEAMS_APP_ID|g" -e "s|{{APP_VERSION}}|$APP_VERSION|g" \
    -e "s|{{DEVELOPER_NAME}}|$DEVELOPER_NAME|g" -e "s|{{WEBSITE_URL}}|$WEBSITE_URL|g" \
    -e "s|{{PRIVACY_URL}}|$PRIVACY_URL|g" -e "s|{{TERMS_URL}}|$TERMS_URL|g" \
    "$here/manifest.json" > "$stage/manifest.json"
if grep -q '{{' "$stage/manifest.json"; then fail "manifest.json has a parameter this script does not fill"; fi
cp "$here/color.png" "$here/outline.png" "$stage/"

mkdir -p "$(dirname "$OUT")"
OUT="$(cd "$(dirname "$OUT")" && pwd)/$(basename "$OUT")"
rm -f "$OUT"
# -j: files at the zip's root, as Teams requires; -X: no extra file attributes.
(cd "$stage" && zip -q -X -j "$OUT.tmp" manifest.json color.png outline.png)
mv "$OUT.tmp" "$OUT"
echo "$OUT"
