#!/bin/sh
# Records lib/app/hallplan.jsa, the class-data sharing archive of the classes HallPlan's everyday
# commands load, for the classpath of this installation (an archive is valid only for the paths
# it was recorded with). Run by the package build and by the .deb's postinst; takes ~20-60 s.
set -e
root="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
app="$root/lib/app"
cp=""
for entry in $(sed -n 's|^app.classpath=\$APPDIR/\(.*\)|\1|p' "$app/HallPlan.cfg"); do cp="${cp:+$cp:}$app/$entry"; done
rm -f "$app/hallplan.jsa"
"$root/lib/runtime/bin/java" -XX:-UseSuperWord -XX:ArchiveClassesAtExit="$app/hallplan.jsa" -Djava.awt.headless=true \
  -cp "$cp" dev.hallplan.app.cli.CdsTraining >/dev/null 2>&1 || { rm -f "$app/hallplan.jsa"; exit 1; }
chmod 644 "$app/hallplan.jsa"
