#!/usr/bin/env bash
# Start-up figures of docs/performance.md: hyperfine runs of --version, one estimate and a cold
# export of the planned public-llm-api sample, and the desktop's first frame under Xvfb, each
# RUNS times (median reported). Needs hyperfine, xvfb-run (apt-get install hyperfine xvfb).
#
#   packaging/measure-startup.sh PLANNED.hallplan.json [LAUNCHER]
#
# PLANNED: a solved public-llm-api (./hallplan solve samples/.../public-llm-api.hallplan.json
# --seconds 30 --out PLANNED). LAUNCHER: ./hallplan (default) or an app image's bin/hallplan.
set -euo pipefail
planned="$(readlink -f "$1")"
launcher="${2:-./hallplan}"
runs="${RUNS:-7}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$launcher" --version >/dev/null   # builds and records the archive first, outside the timing
hyperfine -N -w 1 -r "$runs" --export-json "$tmp/cli.json" \
  "$launcher --version" \
  "$launcher estimate --model llama-3.1-70b --accelerator nvidia-h100-sxm --precision fp8 --slo-ttft-ms 2000 --slo-tpot-ms 200" \
  "$launcher export $planned --xlsx $tmp/plan.xlsx --pdf $tmp/plan.pdf --quiet"
python3 - "$tmp/cli.json" <<'PY'
import json, statistics, sys
for r in json.load(open(sys.argv[1]))["results"]:
    t = r["times"]
    print(f'{r["command"][:60]:60s} median {statistics.median(t):.2f} s  min {min(t):.2f}  max {max(t):.2f}  cpu {r["user"] + r["system"]:.2f} s')
PY

# Desktop: ms from JVM start to the first frame, and to the first frame showing the planned file
# (app.desktop.StartupTiming), each run with fresh settings.
for i in $(seq "$runs"); do
  opts="-Dhallplan.startupReport=$tmp/report-$i.txt -Dhallplan.startupReport.exit=true -Dhallplan.settingsDir=$tmp/settings-$i"
  HALLPLAN_JAVA_OPTS="$opts" JAVA_TOOL_OPTIONS="$opts" timeout 240 xvfb-run -a "$launcher" "$planned" >/dev/null 2>&1 || true
done
python3 - "$tmp" <<'PY'
import glob, statistics, sys
for event in ("firstFrame", "projectShown"):
    ms = []
    for f in glob.glob(sys.argv[1] + "/report-*.txt"):
        for line in open(f):
            if line.startswith(event + ".uptimeMillis="):
                ms.append(int(line.split("=")[1]))
    if ms:
        print(f'desktop {event} (s since JVM start)  median {statistics.median(ms)/1000:.2f}  min {min(ms)/1000:.2f}  max {max(ms)/1000:.2f}  runs {len(ms)}')
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
