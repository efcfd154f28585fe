#!/usr/bin/env bash
# Installs the system libraries Qt 6 needs to start offscreen, if any is missing.
# (On a Linux desktop the xcb platform plugin also needs libxcb-cursor0.)
set -euo pipefail
if python3 - <<'PY' 2>/dev/null; then exit 0; fi
import ctypes.util, sys
needed = ["EGL", "GL", "xkbcommon", "fontconfig", "dbus-1", "glib-2.0"]
sys.exit(1 if [n for n in needed if not ctypes.util.find_library(n)] else 0)
PY
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libegl1 libgl1 libxkbcommon0 \
    libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core >/dev/null
else
  echo "Qt's system libraries are missing; install libegl1 libgl1 libxkbcommon0 libfontconfig1" >&2
  exit 1
fi
