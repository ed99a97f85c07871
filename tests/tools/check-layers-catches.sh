#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Lianes coopération
# SPDX-License-Identifier: GPL-3.0-or-later
# tools/check-layers must fail on each kind of fault, planted in a copy of core/: an upward
# include (storage -> search), a loop between features (registration -> agenda -> registration),
# a bare include of another folder's header, and a second definition of a type name (the two
# ImportReport structs that once shipped in one binary).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
check=$repo/tools/check-layers
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

plant() { # NAME EXPECTED-TEXT COMMAND...: copy core/, apply COMMAND there, the check must fail saying EXPECTED-TEXT
    local name=$1 expected=$2
    shift 2
    rm -rf "$work/core" && cp -r "$repo/core" "$work/core"
    (cd "$work/core" && "$@")
    local out
    if out=$("$check" "$work/core"); then
        echo "FAIL: $name: check-layers passed"; echo "$out"; exit 1
    fi
    if ! grep -qF -- "$expected" <<<"$out"; then
        echo "FAIL: $name: the report does not say '$expected':"; echo "$out"; exit 1
    fi
    echo "ok: $name"
}

"$check" "$repo/core" >/dev/null || { echo "FAIL: the real core/ does not pass"; "$check" "$repo/core"; exit 1; }
echo "ok: core/ passes"
plant "upward include" 'storage/ (layer 1) includes "search/searchindex.h"' \
    sed -i 's|^#include "sqlfunctions.h"|#include "sqlfunctions.h"\n#include "search/searchindex.h"|' storage/database.cpp
plant "loop between features" 'a loop between folders: agenda -> registration -> agenda' \
    sed -i 's|^#include "registrar.h"|#include "registrar.h"\n#include "agenda/agendaevent.h"|' registration/registrar.cpp
plant "bare include of another folder" '#include "mapcatalog.h" names another folder' \
    sed -i 's|^#include "agendaimport.h"|#include "agendaimport.h"\n#include "mapcatalog.h"|' agenda/agendaimport.cpp
plant "one name, two definitions" 'the type ImportReport is defined twice' \
    sed -i 's/struct AgendaImportReport {/struct ImportReport {/' agenda/agendaimport.h
