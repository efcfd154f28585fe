#!/usr/bin/env bash
# Proves that a built bundle works on its own: packaging/check_bundle.sh BUNDLE_DIR
#
# BUNDLE_DIR is what packaging/build.py printed: dist/drafter on Linux,
# dist/Drafter.app on macOS (Windows: packaging/windows/BUILD.md lists the
# same checks by hand). Every run of the program has a bare environment
# (env -i: PATH=/usr/bin:/bin, a temporary HOME, workspace, config and data
# folders, Qt offscreen), so no virtual environment, Python or source tree
# can help it. Exits non-zero if any check fails; prints one line per check.
set -uo pipefail

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
  echo "usage: $0 BUNDLE_DIR" >&2
  exit 2
fi
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUNDLE=$(cd "$1" && pwd)
SAMPLE="$ROOT/resources/samples/community-statement.md"

# The executable: drafter (Linux), or the app's own (macOS), which runs the command line too.
for candidate in "$BUNDLE/drafter" "$BUNDLE/Contents/MacOS/Drafter"; do
  if [ -f "$candidate" ] && [ -x "$candidate" ]; then EXE=$candidate; break; fi
done
if [ -z "${EXE:-}" ]; then
  echo "FAIL: no Drafter executable in $BUNDLE" >&2
  exit 1
fi
GUI_EXE=$EXE
# A time limit for each run: GNU timeout (gtimeout from Homebrew's coreutils on macOS), if any.
LIMIT=()
if command -v timeout >/dev/null; then LIMIT=("$(command -v timeout)" 120)
elif command -v gtimeout >/dev/null; then LIMIT=("$(command -v gtimeout)" 120)
fi
now_ms() {  # BSD date has no %N: whole seconds there
  local now; now=$(date +%s%N)
  case $now in *N) echo $(( $(date +%s) * 1000 )) ;; *) echo $(( now / 1000000 )) ;; esac
}

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/home" "$TMP/out" "$TMP/runtime"
chmod 700 "$TMP/runtime"
cd "$TMP" || exit 1

failures=0
pass() { printf 'PASS  %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; failures=$((failures + 1)); }

# The program, alone: nothing from this shell's environment reaches it.
bare() {
  env -i PATH=/usr/bin:/bin HOME="$TMP/home" LANG=C.UTF-8 \
    XDG_RUNTIME_DIR="$TMP/runtime" QT_QPA_PLATFORM=offscreen \
    DRAFTER_DB="$TMP/workspace.db" DRAFTER_CONFIG_DIR="$TMP/config" DRAFTER_DATA_DIR="$TMP/data" \
    "$@"
}
# Runs a check's command with a time limit; its stdout in $TMP/out.txt, stderr in $TMP/err.txt.
run() {
  bare ${LIMIT[@]+"${LIMIT[@]}"} "$@" >"$TMP/out.txt" 2>"$TMP/err.txt"
}
show_error() { tail -n 12 "$TMP/err.txt" | sed 's/^/      /'; }
json_ok() {  # a JSON document on stdin, checked by an expression over `doc` (needs python3 here)
  if command -v python3 >/dev/null; then
    python3 -c 'import json, sys; doc = json.load(sys.stdin); sys.exit(0 if eval(sys.argv[1]) else 1)' "$1" 2>/dev/null
  else
    grep -q .  # no python3 on this machine: at least something came out
  fi
}

echo "Checking $EXE"

# 1. --version: the version in the package metadata, which the bundle must carry.
expected=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$ROOT/pyproject.toml" | head -n 1)
if run "$EXE" --version && grep -qx "drafter ${expected:-[0-9].*}" "$TMP/out.txt"; then
  pass "--version: $(cat "$TMP/out.txt")"
else
  fail "--version printed '$(cat "$TMP/out.txt")', expected 'drafter $expected'"; show_error
fi

# 2. templates list: the bundled templates, read through importlib.resources.
if run "$EXE" templates list --json && json_ok 'len(doc) >= 10 and any(t["id"] == "press-release" for t in doc)' <"$TMP/out.txt"; then
  pass "templates list: $(run "$EXE" templates list && grep -c . "$TMP/out.txt") lines"
else
  fail "templates list"; show_error
fi

# 3. check FILE: every drafting check (spelling, readability, rules) on the sample.
#    Exit 1 means an error-level finding, which is a valid answer; 2 or more is not.
run "$EXE" check "$SAMPLE" --json; status=$?
if [ "$status" -le 1 ] && json_ok '"findings" in doc and "counts" in doc' <"$TMP/out.txt"; then
  pass "check sample: exit $status, $(tr -d '\n' <"$TMP/out.txt" | tr -s ' ' | grep -o '"counts": *{[^}]*}')"
else
  fail "check sample (exit $status)"; show_error
fi

# 4. spelling suggestions (pyspellchecker's word lists and Drafter's civic ones).
if run "$EXE" spell --suggest goverment --json && grep -q government "$TMP/out.txt"; then
  pass "spell --suggest goverment: government among the suggestions"
else
  fail "spell --suggest"; show_error
fi

# 5. import: creates the workspace (the Alembic migrations run from the bundle).
id=""
if run "$EXE" import "$SAMPLE"; then id=$(tr -d '[:space:]' <"$TMP/out.txt"); fi
if [ -n "$id" ] && [ -f "$TMP/workspace.db" ]; then
  pass "import: statement $id in a new workspace"
else
  fail "import"; show_error
fi

# 6. export as PDF (QtGui, fonts) and Word (python-docx's template).
if [ -n "$id" ] && run "$EXE" export "$id" --draft --format pdf,docx --out "$TMP/out"; then
  pdf=$(find "$TMP/out" -name '*.pdf' | head -n 1)
  docx=$(find "$TMP/out" -name '*.docx' | head -n 1)
  if [ -n "$pdf" ] && [ "$(head -c 5 "$pdf")" = "%PDF-" ] && [ "$(wc -c <"$pdf")" -gt 5000 ] \
     && [ -n "$docx" ] && [ "$(head -c 2 "$docx")" = "PK" ] && [ "$(wc -c <"$docx")" -gt 5000 ]; then
    pass "export --format pdf,docx: $(wc -c <"$pdf") bytes of PDF, $(wc -c <"$docx") bytes of Word"
  else
    fail "export produced no real PDF and Word files: $(ls "$TMP/out")"
  fi
else
  fail "export"; show_error
fi

# 7. The preview's render worker, as the window starts it in a bundle (--render-worker):
#    one length-prefixed JSON request in, one answer out.
request='{"id": 1, "markdown": "# Hello *world*"}'
header=$(printf '\\x00\\x00\\x00\\x%02x' "${#request}")  # 4-byte big-endian length (< 256 here)
# shellcheck disable=SC2059
if { printf "$header"; printf '%s' "$request"; } \
     | bare ${LIMIT[@]+"${LIMIT[@]}"} "$EXE" --render-worker >"$TMP/out.txt" 2>"$TMP/err.txt" \
   && grep -q '<em>world</em>' "$TMP/out.txt"; then
  pass "--render-worker: rendered a request"
else
  fail "--render-worker"; show_error
fi

# 8. PostgreSQL support is inside: a refused connection, not a missing module.
run "$EXE" --db "postgresql://nobody@127.0.0.1:9/none" list; status=$?
if [ "$status" -eq 1 ] && ! grep -qi "module\|Traceback" "$TMP/err.txt"; then
  pass "PostgreSQL driver: $(head -n 1 "$TMP/err.txt" | cut -c1-90)"
else
  fail "PostgreSQL driver (exit $status)"; show_error
fi

# 9. The window: starts offscreen, paints once and exits (DRAFTER_EXIT_AFTER_FIRST_PAINT).
started=$(now_ms)
if bare ${LIMIT[@]+"${LIMIT[@]}"} /usr/bin/env DRAFTER_EXIT_AFTER_FIRST_PAINT=1 "$GUI_EXE" >"$TMP/out.txt" 2>"$TMP/err.txt" \
   && grep -qx first-paint "$TMP/out.txt"; then
  pass "window: first paint after $(( $(now_ms) - started )) ms"
else
  fail "window did not paint"; show_error
fi

# 10. The window in Spanish, when the bundle has the compiled translation: Drafter's own
#     (drafter_es.qm, compiled at build time) and Qt's (qtbase_es.qm, from PySide6).
if [ -n "$(find "$BUNDLE" -name 'drafter_es.qm' -print -quit)" ]; then
  if bare ${LIMIT[@]+"${LIMIT[@]}"} /usr/bin/env DRAFTER_EXIT_AFTER_FIRST_PAINT=1 DRAFTER_LANGUAGE=es "$GUI_EXE" --debug \
       >"$TMP/out.txt" 2>"$TMP/err.txt" && grep -qx first-paint "$TMP/out.txt" \
     && grep -q "Interface language: es" "$TMP/err.txt" && ! grep -q "translation was not found" "$TMP/err.txt"; then
    pass "window in Spanish: drafter_es.qm and qtbase_es.qm loaded"
  else
    fail "window in Spanish"; grep -i "translation\|language\|Traceback" "$TMP/err.txt" | head -n 5
  fi
else
  echo "SKIP  window in Spanish: no drafter_es.qm in the bundle (no resources/translations/ at build time)"
fi

# 11. Nothing was written next to the program (a per-user install may be read-only).
if [ -z "$(find "$BUNDLE" -newer "$TMP/home" \( -name '*.pyc' -o -name '*.db' -o -name '*.log' \) -print -quit)" ]; then
  pass "nothing written inside the bundle"
else
  fail "files were written inside the bundle"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "All checks passed."
