#!/bin/sh
# The test install.tree: `cmake --install` into a temporary prefix puts every file where the
# desktop looks for it, and the installed programs run from there without a display, in English
# and in French (the translations are inside the executables: no .qm file is installed).
#
#   packaging/check-install-tree.sh BUILD_DIR VERSION
set -eu
build=$1
version=$2
id=io.github.binome.Binome

work=$(mktemp -d "${TMPDIR:-/tmp}/binome-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" >"$work/install.log"

fail() {
    echo "install.tree: $*" >&2
    exit 1
}

for file in bin/binome bin/binome-cli \
    share/applications/$id.desktop \
    share/metainfo/$id.metainfo.xml \
    share/icons/hicolor/scalable/apps/$id.svg \
    share/doc/binome/LICENSE; do
    [ -f "$prefix/$file" ] || fail "$file is not installed"
done
for program in binome binome-cli; do
    [ -x "$prefix/bin/$program" ] || fail "bin/$program is not executable"
done
if find "$prefix" -name '*.qm' | grep -q .; then
    fail "a translation file was installed, they belong inside the executables"
fi

# The desktop entry starts the installed program under the icon installed beside it, and the
# metadata names that entry and this version.
grep -qx 'Exec=binome' "$prefix/share/applications/$id.desktop" || fail "the desktop entry's Exec"
grep -qx "Icon=$id" "$prefix/share/applications/$id.desktop" || fail "the desktop entry's Icon"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" \
    "$prefix/share/metainfo/$id.metainfo.xml" || fail "the metadata's launchable"
grep -q "<release version=\"$version\"" "$prefix/share/metainfo/$id.metainfo.xml" ||
    fail "the metadata has no release $version"

appstreamcli validate-tree --no-net "$prefix" >"$work/validate-tree.log" 2>&1 ||
    fail "appstreamcli validate-tree: $(cat "$work/validate-tree.log")"

# Run as a user with no settings, no display and no Qt platform chosen.
mkdir -p "$work/home"
run() {
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$work/home" \
        XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" "$@"
}
out=$(run "$prefix/bin/binome-cli" --version) || fail "binome-cli --version failed"
[ "$out" = "binome-cli $version" ] || fail "binome-cli --version printed: $out"
out=$(run "$prefix/bin/binome" --version) || fail "binome --version failed"
printf '%s\n' "$out" | grep -q "$version" || fail "binome --version printed: $out"
out=$(run LANGUAGE=fr "$prefix/bin/binome-cli" --help) || fail "binome-cli --help failed"
printf '%s\n' "$out" | grep -q 'Programmes de mentorat inversé' ||
    fail "binome-cli --help is not in French under LANGUAGE=fr: $out"
out=$(run LANGUAGE=fr "$prefix/bin/binome" --help) || fail "binome --help failed"
printf '%s\n' "$out" | grep -q 'Programmes de mentorat inversé' ||
    fail "binome --help is not in French under LANGUAGE=fr: $out"
echo "install.tree: every file in place, both programs answer without a display"
