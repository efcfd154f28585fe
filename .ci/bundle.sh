#!/usr/bin/env bash
# CI: build the one-folder bundle with PyInstaller into a temporary folder, then
# run it outside any virtual environment (packaging/check_bundle.sh). About two
# minutes on two cores, most of it PyInstaller; see packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export PIP_DISABLE_PIP_VERSION_CHECK=1
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

step() { printf '\n=== %s\n' "$*"; }

# Whatever environment called us, build with the system's Python, not a venv's.
if [ -n "${VIRTUAL_ENV:-}" ]; then
  PATH=$(printf '%s' "$PATH" | tr ':' '\n' | { grep -vxF "$VIRTUAL_ENV/bin" || true; } | paste -sd: -)
  unset VIRTUAL_ENV
fi
PYTHON=${PYTHON:-python3}

step "System libraries Qt needs (offscreen), and what PyInstaller needs"
bash .ci/qt-system-libs.sh
# PyInstaller reads binaries with objdump (binutils) and bundles the shared
# libpython, which Debian ships apart from the interpreter (libpython3.X).
libpython=$("$PYTHON" - <<'PY'
import os, sysconfig
name = sysconfig.get_config_var("INSTSONAME") or ""
found = any(os.path.exists(os.path.join(folder, name))
            for folder in (sysconfig.get_config_var("LIBDIR") or "", "/usr/lib", "/lib"))
print("" if found or not name else "libpython%d.%d" % __import__("sys").version_info[:2])
PY
)
missing=()
command -v objdump >/dev/null || missing+=(binutils)
[ -z "$libpython" ] || missing+=("$libpython")
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "PyInstaller needs: ${missing[*]}; install them and run again" >&2
    exit 1
  fi
fi

step "Bundle (packaging/build.py)"
"$PYTHON" packaging/build.py --dist "$WORK/dist" --work "$WORK/build" | tee "$WORK/build.log"
bundle=$(tail -n 1 "$WORK/build.log")

step "The bundle on its own (packaging/check_bundle.sh)"
bash packaging/check_bundle.sh "$bundle"
echo "bundle: $(du -sh "$bundle" | cut -f1)"
