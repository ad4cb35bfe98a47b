#!/usr/bin/env bash
# Installs what the editor tests need, offline from npm and Debian only: Chromium, Neovim, Emacs with eglot,
# code-server (VS Code 1.100.3 as a web app) under .vscode-test/; pre-commit, for test/pre-commit.test.ts;
# poppler-utils, whose pdftotext reads the PDFs test-editor/bank-report.mjs prints; and tmux, the real pseudo-terminal
# in which test/cli-practice-tty.test.ts drives star-coach quiz and drill.
# Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."
CS_VERSION=4.100.3
PREFIX=.vscode-test/code-server
need=()
for p in chromium ripgrep libkrb5-dev neovim emacs-nox elpa-eglot pre-commit poppler-utils tmux; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
[ -f "$PREFIX/.installed-$CS_VERSION" ] && exit 0
# @vscode/ripgrep downloads rg unless this cached asset exists; seed it from Debian's ripgrep.
cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
mkdir -p "$cache"
tar -czf "$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg
rm -rf "$PREFIX" && mkdir -p "$PREFIX"
echo '{"private":true,"allowScripts":{"code-server":true,"argon2":true}}' > "$PREFIX/package.json"
npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=/usr \
  npm install --prefix "$PREFIX" --save-exact --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION"
touch "$PREFIX/.installed-$CS_VERSION"
