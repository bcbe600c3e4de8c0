#!/usr/bin/env bash
# Checks the content folder and prints every problem as file:line: message.
set -euo pipefail
cd "$(dirname "$0")/.."
exec cargo run --quiet -p sahel-content --bin check-content -- content
