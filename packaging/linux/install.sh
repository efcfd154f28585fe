#!/usr/bin/env bash
# Installs a built Linux bundle with its desktop entry, AppStream file and icons.
#
#   packaging/linux/install.sh BUNDLE_DIR            for you: ~/.local/opt/drafter, ~/.local/share
#   sudo packaging/linux/install.sh --system BUNDLE_DIR   for everyone: /opt/drafter, /usr/local/share
#   packaging/linux/install.sh --uninstall [--system]
#
# The desktop entry, metainfo and icons are taken from the bundle itself
# (_internal/drafter/resources/), so a copy of dist/drafter is all it needs.
set -euo pipefail

system=0 uninstall=0 bundle=""
for arg in "$@"; do
  case $arg in
    --system) system=1 ;;
    --uninstall) uninstall=1 ;;
    -h|--help) sed -n '2,9s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) bundle=$arg ;;
  esac
done
if [ "$system" = 1 ]; then
  opt=/opt/drafter bin=/usr/local/bin share=/usr/local/share
else
  opt=$HOME/.local/opt/drafter bin=$HOME/.local/bin share=${XDG_DATA_HOME:-$HOME/.local/share}
fi
APP_ID=org.drafter.Drafter
installed_icons() { find "$share/icons/hicolor" -path "*/apps/$APP_ID.*" 2>/dev/null; }

refresh() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
}

if [ "$uninstall" = 1 ]; then
  installed_icons | xargs -r rm -f
  rm -f "$share/applications/$APP_ID.desktop" "$share/metainfo/$APP_ID.metainfo.xml"
  [ -L "$bin/drafter" ] && rm -f "$bin/drafter"
  rm -rf "$opt"
  refresh
  echo "Drafter removed (your workspace in ${XDG_DATA_HOME:-~/.local/share}/Drafter is kept)"
  exit 0
fi

if [ -z "$bundle" ] || [ ! -x "$bundle/drafter" ]; then
  echo "usage: $0 [--system] BUNDLE_DIR   (the folder packaging/build.py made: dist/drafter)" >&2
  exit 2
fi
resources="$bundle/_internal/drafter/resources"

rm -rf "$opt"
mkdir -p "$(dirname "$opt")" "$bin"
cp -a "$bundle" "$opt"
ln -sfn "$opt/drafter" "$bin/drafter"

# The entry's Exec= says "drafter"; a desktop session may not have $bin on its PATH.
if [ -f "$resources/desktop/$APP_ID.desktop" ]; then
  mkdir -p "$share/applications"
  sed -e "s|^Exec=drafter|Exec=$opt/drafter|" -e "s|^TryExec=drafter|TryExec=$opt/drafter|" \
    "$resources/desktop/$APP_ID.desktop" >"$share/applications/$APP_ID.desktop"
fi
if [ -f "$resources/desktop/$APP_ID.metainfo.xml" ]; then
  install -Dm644 "$resources/desktop/$APP_ID.metainfo.xml" "$share/metainfo/$APP_ID.metainfo.xml"
fi
if [ -f "$resources/icons/drafter.svg" ]; then
  install -Dm644 "$resources/icons/drafter.svg" "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
fi
for png in "$resources"/icons/drafter-*.png; do
  [ -f "$png" ] || continue
  size=${png##*/drafter-}; size=${size%.png}
  install -Dm644 "$png" "$share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
refresh
echo "Drafter installed in $opt; 'drafter' in $bin; menu entry $share/applications/$APP_ID.desktop"
