#!/usr/bin/env bash
# End-to-end tests in real VS Code (code-server + Debian Chromium, offline):
#   suite B: the mocha suite test/e2e/suite inside the extension host, loading the extension from this folder;
#   suite A: a user-level scenario (test/e2e/ui/scenario.js) driving the workbench with the packaged .vsix.
# Expects `npm run build` to have run. Both suites always run; the exit code is non-zero if either fails.
set -uo pipefail
cd "$(dirname "$0")/.."

export VSCODE_E2E_DIR="${VSCODE_E2E_DIR:-$HOME/.cache/zanmark/vscode-e2e}"
RESULTS=e2e-results
mkdir -p "$RESULTS"

log() { printf '[e2e %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

log "toolchain in $VSCODE_E2E_DIR"
if ! bash scripts/vscode-e2e/install-tools.sh; then
  log "could not install the VS Code e2e toolchain"
  exit 2
fi

# Runs one suite, keeps its output in $RESULTS/<name>.log and prints "<name>: <passed> <failed> <seconds> <status>".
declare -A PASSED FAILED SECONDS_TAKEN STATUS
run_suite() {
  local name=$1; shift
  local start=$SECONDS
  "$@" 2>&1 | tee "$RESULTS/$name.log"
  local rc=${PIPESTATUS[0]}
  local counts
  counts=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$RESULTS/$name.log" | tail -1)
  PASSED[$name]=$(sed -E 's/^([0-9]+) passed.*/\1/' <<<"${counts:-0 passed}")
  FAILED[$name]=$(sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/' <<<"${counts:-0 passed, 1 failed}")
  SECONDS_TAKEN[$name]=$((SECONDS - start))
  STATUS[$name]=$rc
  if ((rc != 0)) && ((FAILED[$name] == 0)); then FAILED[$name]=1; fi
}

log "suite B: mocha tests inside the extension host"
run_suite ext-tests node scripts/vscode-e2e/run-ext-tests.js \
  --extension-dir . \
  --tests out/test/e2e/suite/index.js \
  --workspace test/fixtures/workspace \
  --out "$RESULTS/ext-tests"

log "packaging dist/zanmark.vsix"
if npm run package --silent; then
  log "suite A: UI scenario with the installed .vsix"
  run_suite ui node scripts/vscode-e2e/run-ui-e2e.js \
    --vsix dist/zanmark.vsix \
    --workspace test/fixtures/workspace \
    --scenario test/e2e/ui/scenario.js \
    --out "$RESULTS/ui"
else
  log "npm run package failed: suite A cannot run"
  PASSED[ui]=0; FAILED[ui]=1; SECONDS_TAKEN[ui]=0; STATUS[ui]=1
fi

total_passed=0; total_failed=0; rc=0
for name in ext-tests ui; do
  verdict=passed; ((STATUS[$name] == 0)) || { verdict=FAILED; rc=1; }
  log "$(printf '%-9s %-6s %3s passed, %s failed in %s s' "$name" "$verdict" "${PASSED[$name]}" "${FAILED[$name]}" "${SECONDS_TAKEN[$name]}")"
  total_passed=$((total_passed + PASSED[$name])); total_failed=$((total_failed + FAILED[$name]))
done
log "results, screenshots and logs: $RESULTS/"
echo "$total_passed passed, $total_failed failed"
exit $rc
