#!/bin/sh
# The macOS app and disk image of Retention Planner (issue 31). Run on a Mac, from anywhere:
#
#   python3 bootstrap.py bundle          # PyInstaller: dist/Retention Planner.app (no console window)
#   installer/macos/build_dmg.sh         # dist/retention-planner-VERSION-macos-ARCH.dmg
#
# Optional: CODESIGN_IDENTITY="Developer ID Application: ..." signs the app before packing
# (notarise the .dmg afterwards with `xcrun notarytool submit --wait` and `xcrun stapler staple`).
# Unsigned, macOS asks once: right-click the app > Open.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
APP="$ROOT/dist/Retention Planner.app"
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/planner/__init__.py")
ARCH=$(uname -m)
DMG="$ROOT/dist/retention-planner-$VERSION-macos-$ARCH.dmg"

if [ "$(uname -s)" != "Darwin" ]; then
    echo "build_dmg.sh runs on macOS (hdiutil); this is $(uname -s)" >&2
    exit 1
fi
if [ ! -d "$APP" ]; then
    (cd "$ROOT" && python3 bootstrap.py bundle)
fi
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
fi

# the disk image: the app and a link to /Applications to drag it onto
STAGING=$(mktemp -d)
trap 'rm -rf "$STAGING"' EXIT
cp -R "$APP" "$STAGING/"
ln -s /Applications "$STAGING/Applications"
rm -f "$DMG"
hdiutil create -volname "Retention Planner $VERSION" -srcfolder "$STAGING" -fs HFS+ -format UDZO -ov "$DMG"
echo "$DMG"
