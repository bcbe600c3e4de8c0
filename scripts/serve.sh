#!/usr/bin/env bash
# Serves the explainer with live reload at http://127.0.0.1:8080/ (installs missing tools first).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/tools.sh --serve
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
echo "==> building; then open http://127.0.0.1:8080/ in your browser (Ctrl+C stops)"
exec trunk serve "$@"
