#!/usr/bin/env bash
# CI's check of a built app image (packaging/package.sh): the command line answers --version and
# one estimate, and the desktop launcher, given a .hallplan.json file, opens that project and
# draws its window under Xvfb (-Dhallplan.startupReport records the window's title once the
# project is on screen, and .exit=true quits then). Needs xvfb-run (apt-get install xvfb xauth).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
image="${1:-$root/target/installer/HallPlan}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
passed=0

"$image/bin/hallplan" --version | tee "$tmp/version.txt"
grep -q "model zoo: [0-9][0-9]* models" "$tmp/version.txt"
passed=$((passed + 1))

"$image/bin/hallplan" estimate --model llama-3.1-70b --accelerator nvidia-h100-sxm --precision fp8 \
  --slo-ttft-ms 2000 --slo-tpot-ms 200 | tee "$tmp/estimate.txt"
grep -q "output tokens/s" "$tmp/estimate.txt"
passed=$((passed + 1))

project="$tmp/copilot.hallplan.json"
cp "$root/samples/src/main/resources/dev/hallplan/samples/copilot-saas.hallplan.json" "$project"
name="$(sed -n 's/^  "name" *: *"\(.*\)",$/\1/p' "$project" | head -1)"
JAVA_TOOL_OPTIONS="-Dhallplan.startupReport=$tmp/report.txt -Dhallplan.startupReport.exit=true -Dhallplan.settingsDir=$tmp/settings" \
  timeout 240 xvfb-run -a -s "-screen 0 1400x900x24" "$image/bin/HallPlan" "$project" >"$tmp/desktop.log" 2>&1 || true
if ! grep -q "^projectShown.title=$name — copilot.hallplan.json" "$tmp/report.txt" 2>/dev/null; then
  echo "desktop did not open $project (expected a window titled '$name — copilot.hallplan.json — HallPlan')" >&2
  cat "$tmp/report.txt" "$tmp/desktop.log" >&2 || true
  echo "$passed passed, 1 failed"
  exit 1
fi
echo "desktop showed '$(sed -n 's/^projectShown.title=//p' "$tmp/report.txt")' after $(sed -n 's/^projectShown.uptimeMillis=//p' "$tmp/report.txt") ms"
passed=$((passed + 1))
echo "$passed passed, 0 failed"
