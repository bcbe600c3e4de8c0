#!/usr/bin/env bash
# Installs what building and testing need, and only what is missing, so a second run takes seconds.
#   scripts/tools.sh          everything (build + browser tests)
#   scripts/tools.sh --serve  only what `trunk serve` needs
# Sources: rustup, crates.io, the npm registry and Debian's apt; nothing else is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=1
[ "${1:-}" = "--serve" ] && want_browser=0

say() { printf '==> %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk 0.21.14" ]; then
  say "installing trunk 0.21.14 (a few minutes, once)"
  cargo install trunk --version 0.21.14 --locked
fi

# wasm-bindgen-cli must match the library version in Cargo.lock exactly.
cargo fetch --quiet
bindgen=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen" ]; then
  say "installing wasm-bindgen-cli $bindgen (a few minutes, once)"
  # Not --locked: one of its locked dependencies is missing from the registry mirror.
  cargo install wasm-bindgen-cli --version "$bindgen"
fi

# wasm-split cuts the wasm into the parts fetched when a view is first opened (scripts/build-wasm.mjs).
if ! cargo install --list | grep -qx "wasm_split_cli_support v0.2.4:"; then
  say "installing wasm-split-cli 0.2.4 (a minute, once)"
  cargo install wasm_split_cli_support --version 0.2.4 --features build-binary
fi

# wasm-opt (from the npm package binaryen), Playwright's driver, axe-core, and puppeteer-core (it
# drives Firefox ESR for the cross-engine tests; it downloads no browser of its own).
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/puppeteer-core ] ||
  [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Chromium for the build and the tests; Firefox ESR and WebKitGTK (Safari's engine: WebKitWebDriver
# and its MiniBrowser, which has no headless mode, so a virtual display, Xvfb) for the cross-engine
# smoke tests (e2e/engines/).
if [ "$want_browser" = 1 ]; then
  missing=()
  for need in chromium:/usr/bin/chromium chromium-driver:/usr/bin/chromedriver firefox-esr:/usr/bin/firefox-esr \
    webkit2gtk-driver:/usr/bin/WebKitWebDriver xvfb:/usr/bin/Xvfb; do
    [ -x "${need#*:}" ] || missing+=("${need%%:*}")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    say "installing from Debian: ${missing[*]}"
    sudo_cmd=""
    [ "$(id -u)" != 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
  fi
fi
