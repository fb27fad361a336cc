#!/bin/sh
# Renders the app icon (resources/icon.svg) into the files the installers need, in resources/icons/:
# PNGs named by size (Linux icon set; the 1024 also serves macOS), icon.ico (Windows, 16–256 px),
# icon.icns (macOS). Run it after editing the SVG and commit the results: packaging never renders.
# Needs Debian's librsvg2-bin (rsvg-convert: ImageMagick's own SVG renderer drops the gradient),
# imagemagick and icnsutils (png2icns).
set -eu
cd "$(dirname "$0")/../resources"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "$tmp/$size.png"
done
cp "$tmp/512.png" icons/512x512.png
cp "$tmp/1024.png" icons/1024x1024.png
/usr/bin/convert "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" "$tmp/256.png" icons/icon.ico
png2icns icons/icon.icns "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" "$tmp/1024.png" >/dev/null
