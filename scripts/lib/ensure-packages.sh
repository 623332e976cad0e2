# ensure_packages PKG:PROBE ...: installs each Debian package whose probe (a command name, or a file path
# starting with /) is missing. Needs root or sudo; says clearly what to install when it cannot.
ensure_packages() {
    local missing=()
    local spec pkg probe
    for spec in "$@"; do
        pkg=${spec%%:*}
        probe=${spec#*:}
        if [[ $probe == /* ]]; then [[ -e $probe ]] && continue; else command -v "$probe" >/dev/null 2>&1 && continue; fi
        missing+=("$pkg")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    local sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    echo "Installing missing packages: ${missing[*]}" >&2
    if ! "${sudo[@]}" apt-get update -qq || ! DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null; then
        echo "Could not install ${missing[*]}; install them with: sudo apt-get install ${missing[*]}" >&2
        return 1
    fi
}
