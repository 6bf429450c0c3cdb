#!/bin/sh
# Install Retention Planner for the current user (no root needed):
#   ./install.sh            installs into ~/.local/opt/retention-planner
#   ./install.sh --uninstall
# The app folder, a `retention-planner` command in ~/.local/bin, the menu entry and the icons.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
PREFIX=${PREFIX:-$HOME/.local/opt/retention-planner}
BIN=$HOME/.local/bin
if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$PREFIX" "$BIN/retention-planner" "$DATA/applications/retention-planner.desktop"
    find "$DATA/icons/hicolor" -name 'retention-planner.*' -delete 2>/dev/null || true
    echo "Retention Planner removed."
    exit 0
fi
# What the bundle takes from the system (graphics drivers and fonts are never bundled): on a
# desktop they are there; a minimal Debian/Ubuntu needs
#   apt-get install libgl1 libegl1 libxcb1 fontconfig-config fonts-dejavu-core
INTERNAL="$HERE/retention-planner/_internal"
MISSING=$(LD_LIBRARY_PATH="$INTERNAL:$INTERNAL/PySide6/Qt/lib" ldd \
    "$INTERNAL/PySide6/Qt/plugins/platforms/libqxcb.so" "$INTERNAL/PySide6/Qt/lib/libQt6Gui.so.6" 2>/dev/null \
    | awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')
if [ -n "$MISSING" ]; then
    echo "Missing system libraries: $MISSING"
    echo "On Debian/Ubuntu: sudo apt-get install libgl1 libegl1 libxcb1 fontconfig-config fonts-dejavu-core"
fi
mkdir -p "$PREFIX" "$BIN" "$DATA/applications"
rm -rf "$PREFIX/app"
cp -R "$HERE/retention-planner" "$PREFIX/app"
ln -sf "$PREFIX/app/retention-planner" "$BIN/retention-planner"
for png in "$HERE"/icons/retention-planner-*.png; do
    size=$(basename "$png" .png | sed 's/retention-planner-//')
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$DATA/icons/hicolor/${size}x${size}/apps/retention-planner.png"
done
mkdir -p "$DATA/icons/hicolor/scalable/apps"
cp "$HERE/icons/retention-planner.svg" "$DATA/icons/hicolor/scalable/apps/retention-planner.svg"
sed "s|^Exec=.*|Exec=\"$PREFIX/app/retention-planner\" %f|" "$HERE/retention-planner.desktop" \
    > "$DATA/applications/retention-planner.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$DATA/icons/hicolor" || true
echo "Retention Planner installed: start it from the menu or with $BIN/retention-planner"
