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

# ensure_python_module MODULE PYPI_NAME: installs a Python package from PyPI when `import MODULE` fails (with
# Debian's python3-pip when pip itself is missing; --break-system-packages where Debian marks its Python as
# externally managed). Says clearly what to install when it cannot.
ensure_python_module() {
    local module=$1 package=$2
    python3 -c "import $module" >/dev/null 2>&1 && return 0
    python3 -m pip --version >/dev/null 2>&1 || ensure_packages python3-pip:/usr/lib/python3/dist-packages/pip
    echo "Installing the Python package $package (for the tests)" >&2
    python3 -m pip install --quiet --disable-pip-version-check "$package" >/dev/null 2>&1 \
        || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages "$package" >/dev/null 2>&1 \
        || { echo "Could not install $package; install it with: python3 -m pip install $package" >&2; return 1; }
    python3 -c "import $module" >/dev/null 2>&1
}
