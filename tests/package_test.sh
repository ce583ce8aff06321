#!/bin/sh
# Builds the Debian package with CPack into a scratch directory and checks its Depends (libical is
# dlopen'ed, so it must be named by hand) and that it holds every installed file.
# Usage: package_test.sh CPACK BUILD_DIR; exits 77 (skipped) without dpkg-deb and dpkg-shlibdeps.
set -eu
cpack=$1
build=$2
if ! command -v dpkg-deb >/dev/null 2>&1 || ! command -v dpkg-shlibdeps >/dev/null 2>&1; then
  echo "dpkg-deb or dpkg-shlibdeps (dpkg-dev) missing: not building the package"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 || {
  cat "$work/cpack.log" >&2
  exit 1
}
deb=$(ls "$work"/runmassage_*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# simdjson, pugixml, zlib and libcsv are the readers module's, found by dpkg-shlibdeps in it.
for package in libical3 libc6 libstdc++6 libsimdjson libpugixml zlib1g libcsv; do
  case ", $depends" in
    *", $package"*) ;;
    *)
      echo "FAIL: Depends does not name $package" >&2
      failed=1
      ;;
  esac
done
contents=$(dpkg-deb -c "$deb")
for file in usr/bin/runmassage usr/share/runmassage/rules.json usr/share/man/man1/runmassage.1 \
  usr/share/runmassage/schema/plan.json usr/share/runmassage/schema/common.json \
  usr/share/bash-completion/completions/runmassage usr/share/zsh/vendor-completions/_runmassage \
  usr/share/fish/vendor_completions.d/runmassage.fish usr/share/doc/runmassage/copyright; do
  printf '%s\n' "$contents" | grep -q " \./$file\$" || {
    echo "FAIL: the package does not hold /$file" >&2
    failed=1
  }
done
printf '%s\n' "$contents" | grep -q ' \./usr/lib/\(.*/\)\?runmassage/runmassage-readers\.so$' || {
  echo "FAIL: the package does not hold the readers module runmassage-readers.so" >&2
  failed=1
}
[ "$failed" -eq 0 ] && echo "package $(basename "$deb") is complete"
exit "$failed"
