#!/bin/sh
# The HallPlan command line of an installed package or app image (bin/hallplan; /usr/bin/hallplan
# links here). No arguments, or one .hallplan.json file: the desktop app. The same start-up
# rules as the repository's ./hallplan launcher (docs/performance.md).
set -e
root="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
app="$root/lib/app"
cp=""
for jar in @CLASSPATH@; do cp="${cp:+$cp:}$app/$jar"; done
# -XX:-UseSuperWord: docs/decisions/0009-no-superword-on-jdk-17.md
opts="-XX:-UseSuperWord"
[ -f "$app/hallplan.jsa" ] && opts="$opts -XX:SharedArchiveFile=$app/hallplan.jsa -Xlog:cds=off,cds+dynamic=off -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
case "${1:-}" in
  ""|solve|compare|*.hallplan.json) ;;
  *) opts="$opts -XX:TieredStopAtLevel=1 -XX:+UseSerialGC" ;;
esac
# shellcheck disable=SC2086
exec "$root/lib/runtime/bin/java" $opts ${HALLPLAN_JAVA_OPTS:-} -cp "$cp" dev.hallplan.app.Main "$@"
