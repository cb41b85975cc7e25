#!/usr/bin/env bash
# The whole test suite, from a clean clone: installs what the tests need from Debian (chromium for the
# browser tests, LibreOffice Calc to open the exported workbooks), then runs every test project of Pws.sln.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/soffice ] || missing+=(libreoffice-calc-nogui)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Memasang dari Debian: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

log=$(mktemp)
status=0
dotnet test Pws.sln --nologo 2>&1 | tee "$log" || status=$?

# One closing line over all test projects, in the form CI reads.
awk '/(Passed|Failed)! +- +Failed: / {
       gsub(",", "");
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit $status
