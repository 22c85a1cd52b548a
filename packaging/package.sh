#!/usr/bin/env bash
# Builds HallPlan's installers with the JDK's jlink and jpackage (packaging/README.md).
#
#   packaging/package.sh app-image   target/installer/HallPlan: runs in place, nothing installed
#   packaging/package.sh deb         the app image, then target/installer/hallplan_<version>_amd64.deb
#
# Needs JDK 17 (jlink, jpackage, jmods) and Maven; the .deb also needs dpkg-deb and fakeroot.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
type="${1:-app-image}"
case "$type" in app-image|deb) ;; *) echo "usage: $0 app-image|deb" >&2; exit 2 ;; esac

out="$root/target/installer"
input="$out/input"
runtime="$out/runtime"
image="$out/HallPlan"
# jpackage wants a numeric version: 0.1.0-SNAPSHOT -> 0.1.0
version="$(sed -n 's|^  <version>\([0-9.]*\).*</version>|\1|p' "$root/pom.xml" | head -1)"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
# What the app needs from the JDK: jdeps over the runtime classpath, plus modules used only by
# reflection or service loading (logging for JavaFX, naming/scripting for libraries, zip file system).
modules="java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.scripting,java.security.jgss,java.sql,java.xml,java.xml.crypto,jdk.jfr,jdk.management,jdk.unsupported,jdk.zipfs,jdk.charsets"

step() { echo "== $*" >&2; }

step "building the app and collecting its runtime jars (tests are mvn verify's job)"
rm -rf "$out"
mkdir -p "$input"
# the same classpath file ./hallplan uses: app's runtime dependencies, the sibling modules' jars included
(cd "$root" && mvn -B -q -ntp -DskipTests -Pman-pages -pl app -am package dependency:build-classpath \
    -Dmdep.includeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt)
tr ':' '\n' < "$root/app/target/runtime-classpath.txt" | while read -r jar; do cp "$jar" "$input/"; done
cp "$root/app/target/app-$version"*.jar "$input/"
main_jar="$(basename "$(ls "$input"/app-"$version"*.jar)")"

step "jlink: a runtime of $(echo "$modules" | tr ',' '\n' | wc -l) modules"
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress=2 --generate-cds-archive --output "$runtime"

step "jpackage: app image"
"$java_home/bin/jpackage" --type app-image --dest "$out" --name HallPlan --app-version "$version" \
  --vendor "HallPlan" --description "Plans AI-inference data-center halls: power, cooling, energy and cost" \
  --input "$input" --main-jar "$main_jar" --main-class dev.hallplan.app.Main \
  --runtime-image "$runtime" --icon "$root/packaging/hallplan.png" \
  --java-options '-XX:-UseSuperWord' --java-options '-XX:SharedArchiveFile=$APPDIR/hallplan.jsa' \
  --java-options '-Xlog:cds=off,cds+dynamic=off' \
  --java-options '-XX:+UnlockDiagnosticVMOptions' --java-options '-XX:ArchiveRelocationMode=0'

step "command line, completion, man pages"
# The native launcher's classpath, in its order (the CDS archive is valid only for this classpath).
classpath="$(sed -n 's|^app.classpath=\$APPDIR/\(.*\)|\1|p' "$image/lib/app/HallPlan.cfg" | tr '\n' ' ')"
sed -e "s|@CLASSPATH@|$classpath|" "$root/packaging/linux/hallplan.sh" > "$image/bin/hallplan"
chmod 755 "$image/bin/hallplan"
mkdir -p "$image/lib/share/man/man1" "$image/lib/share/bash-completion"
cp "$root/app/target/cli/hallplan_completion" "$image/lib/share/bash-completion/hallplan"
if [ -d "$root/app/target/cli/man1" ]; then
  cp "$root/app/target/cli/man1/"*.1 "$image/lib/share/man/man1/"
else
  cp "$root/app/target/cli/man/"*.adoc "$image/lib/share/man/man1/"
fi
cp "$root/packaging/linux/record-cds.sh" "$image/lib/record-cds.sh"
chmod 755 "$image/lib/record-cds.sh"

step "class-data sharing archive for this location (the .deb records its own when installed)"
"$image/lib/record-cds.sh" || echo "no CDS archive; HallPlan starts without it" >&2

if [ "$type" = deb ]; then
  step "jpackage: .deb"
  rm -rf "$out/resources"
  mkdir -p "$out/resources"
  cp "$root/packaging/linux/postinst" "$root/packaging/linux/prerm" "$root/packaging/linux/HallPlan.desktop" "$out/resources/"
  # the archive recorded above names this build directory; the installed one is recorded by postinst
  rm -f "$image/lib/app/hallplan.jsa"
  # gzip: dpkg-deb's default xz takes minutes for the ~130 MB image on a busy 2-core machine
  DPKG_DEB_COMPRESSOR_TYPE=gzip "$java_home/bin/jpackage" --type deb --dest "$out" --app-image "$image" --name HallPlan \
    --app-version "$version" --vendor "HallPlan" \
    --description "Plans AI-inference data-center halls: power, cooling, energy and cost" \
    --icon "$root/packaging/hallplan.png" --resource-dir "$out/resources" \
    --file-associations "$root/packaging/linux/hallplan-project.properties" \
    --linux-package-name hallplan --linux-deb-maintainer "hallplan@localhost" \
    --linux-menu-group "Office;Science" --linux-app-category science --linux-shortcut \
    --linux-package-deps "fonts-dejavu-core, libgtk-3-0, libxtst6, libxxf86vm1, libgl1"
  ls -la "$out"/*.deb >&2
  "$image/lib/record-cds.sh" || true
fi
step "done: $image"
