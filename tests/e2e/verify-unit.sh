#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Lianes coopération
# SPDX-License-Identifier: GPL-3.0-or-later
# systemd-analyze verify on the kiosk unit. It checks that ExecStart's programs exist, so the
# unit is verified in a copy whose binaries point at stand-ins made here; every other check
# (directives, sections, dependencies) is systemd's own. Any message from it fails the test.
set -euo pipefail
unit=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin"
for b in cage lianes; do printf '#!/bin/sh\nexit 0\n' >"$work/bin/$b"; chmod +x "$work/bin/$b"; done
sed -e "s|/usr/bin/cage|$work/bin/cage|; s|/usr/bin/lianes|$work/bin/lianes|" "$unit" >"$work/lianes-kiosk.service"
out=$(SYSTEMD_LOG_LEVEL=warning systemd-analyze verify --man=no "$work/lianes-kiosk.service" 2>&1 || true)
if [[ -n $out ]]; then
    echo "$out"
    exit 1
fi
echo "systemd-analyze verify: ok"
