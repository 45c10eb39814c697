# SPDX-License-Identifier: MIT
# Installs the Debian packages Schema Medic needs, only when some are missing.
# Sourced by scripts/test and scripts/demo.

SM_PACKAGES=(
  cmake ninja-build g++ ccache pkg-config git python3
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  libqt6sql6-psql libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins
  qtkeychain-qt6-dev libspdlog-dev libfmt-dev libpg-query-dev libsqlite3-dev sqlite3 libssl-dev
  postgresql postgresql-client xvfb xauth util-linux
  clang-14 libclang-rt-14-dev
)

sm_install_deps() {
  local missing=()
  local p
  for p in "${SM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}" >&2
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}
