#!/usr/bin/env bash
# Installs the end-to-end test's editor into e2e/node_modules: code-server (VS Code 1.100.3 served to a
# browser) and puppeteer-core, both pinned by package-lock.json. Only npm packages are fetched:
# install scripts are skipped (they would download ripgrep and prebuilt binaries), ripgrep comes from
# the system, and code-server's native modules are built from source against the installed Node.js
# headers. Needs Node.js 20, ripgrep, python3, make, g++ and the Kerberos headers (libkrb5-dev).
# A second run with the same lock file does nothing.
set -euo pipefail
cd "$(dirname "$0")"

stamp=node_modules/.neam-e2e-ready
fingerprint=$(cat package-lock.json setup.sh | sha256sum | cut -c1-16)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$fingerprint" ]; then
    echo "e2e: code-server is already set up"
    exit 0
fi

missing=()
[ "$(node -p 'process.versions.node.split(".")[0]')" = 20 ] || missing+=("Node.js 20 (code-server 4.100.3 runs on no other)")
command -v rg >/dev/null 2>&1 || missing+=("rg (Debian package ripgrep)")
command -v python3 >/dev/null 2>&1 || missing+=("python3")
command -v make >/dev/null 2>&1 || missing+=("make (build-essential)")
command -v g++ >/dev/null 2>&1 || missing+=("g++ (build-essential)")
command -v krb5-config >/dev/null 2>&1 || missing+=("krb5-config (Debian package libkrb5-dev)")
if [ ${#missing[@]} -gt 0 ]; then
    printf 'e2e setup: missing %s\n' "${missing[@]}" >&2
    exit 1
fi
nodedir=$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")
if [ ! -f "$nodedir/include/node/node.h" ]; then
    echo "e2e setup: no Node.js headers under $nodedir/include/node" >&2
    exit 1
fi

started=$(date +%s)
rm -f "$stamp"
npm ci --ignore-scripts --no-audit --no-fund

vscode=node_modules/code-server/lib/vscode
# Its npm-shrinkwrap.json lacks a package (tslib), which `npm ci` refuses; `npm install` keeps the
# shrinkwrap's versions for the rest.
(cd "$vscode" && npm install --ignore-scripts --omit=dev --no-audit --no-fund)
# What code-server's own install script does besides installing: VS Code looks for its modules
# (the ripgrep binary among them) under node_modules.asar.
ln -sfn node_modules "$vscode/node_modules.asar"
mkdir -p "$vscode/node_modules/@vscode/ripgrep/bin"
cp "$(command -v rg)" "$vscode/node_modules/@vscode/ripgrep/bin/rg"

# The compilers' output goes to a log, shown when a build fails.
log="$PWD/node_modules/.neam-e2e-build.log"
: > "$log"
build() {
    local name=$1
    shift
    echo "e2e setup: building $name"
    if ! "$@" >>"$log" 2>&1; then
        cat "$log" >&2
        echo "e2e setup: building $name failed" >&2
        exit 1
    fi
}
gyp="$PWD/node_modules/node-gyp/bin/node-gyp.js"
for module in @vscode/spdlog native-watchdog node-pty kerberos @vscode/deviceid; do
    build "$module" bash -c 'cd "$1" && node "$2" rebuild --nodedir="$3" --jobs=2' _ "$vscode/node_modules/$module" "$gyp" "$nodedir"
done
build argon2 bash -c 'cd node_modules/argon2 && node ../@mapbox/node-pre-gyp/bin/node-pre-gyp rebuild --build-from-source --nodedir="$1"' _ "$nodedir"

# the modules load in this Node.js
node -e 'require("argon2")'
(cd "$vscode" && node --input-type=module -e '
import { createRequire } from "node:module";
const require = createRequire(`${process.cwd()}/`);
for (const name of ["@vscode/spdlog", "node-pty", "native-watchdog", "kerberos"]) require(name);')
echo "e2e setup: code-server $(node -p 'require("./node_modules/code-server/package.json").version') is ready"
echo "$fingerprint" > "$stamp"
echo "e2e setup: done in $(( $(date +%s) - started )) s"
