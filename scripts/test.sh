#!/usr/bin/env bash
# Runs every check: formatting, lints, native tests, the release build and the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/tools.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

echo "==> cargo fmt --check"
cargo fmt --all -- --check
echo "==> cargo clippy"
cargo clippy --workspace --all-targets --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --quiet -- -D warnings
echo "==> native tests (content validation, URL state, model)"
cargo test --workspace --quiet
echo "==> release build"
trunk build --release
echo "==> browser tests (headless Chromium)"
node --test --test-concurrency=1 e2e/*.test.mjs
echo "==> cross-engine smoke tests (Chromium, Firefox ESR, WebKitGTK)"
node --test --test-concurrency=1 e2e/engines/
