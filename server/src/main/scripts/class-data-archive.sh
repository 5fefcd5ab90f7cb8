#!/usr/bin/env bash
# Builds the class-data-sharing archive (CDS) that the README's run command passes to the JVM
# (-XX:SharedArchiveFile=…/renkei-server.jsa): the ~21,000 classes a start loads, parsed and verified once here
# instead of at every start (first /metadata after 50.5 / 51.6 s without it, 41.6 / 44.7 s with it, interleaved on a
# 2-core machine: src/bench/measure-startup.sh).
# A training start on a throw-away H2 database lists the classes (Spring Boot stops it once the context is up);
# the JVM then dumps them. Never fails the build: without the archive, or with a stale one, the JVM starts as before.
#   usage: class-data-archive.sh <java> <runnable layout dir> <work dir>
set -uo pipefail
java=$1 layout=$2 work=$3
archive=$layout/renkei-server.jsa
rm -rf "$work" "$archive"
mkdir -p "$work"

give_up() {
  echo "WARNING: no class-data archive ($1; see $work); the server starts without it, a few seconds slower" >&2
  exit 0
}

RENKEI_DB_URL="jdbc:h2:file:$work/h2/renkei" RENKEI_DEMO=false RENKEI_KEY_DIR="$work/keys" \
  "$java" -XX:DumpLoadedClassList="$work/loaded-classes.txt" -Dspring.context.exit=onRefresh \
  -jar "$layout/renkei-server.jar" --server.port=0 > "$work/training.log" 2>&1 || give_up "the training start failed"
# JDK 17 crashes dumping lambda proxies (SystemDictionaryShared::adjust_lambda_proxy_class_dictionary, seen on
# 17.0.15): plain classes only; lambdas are spun at run time as before.
grep -v '^@' "$work/loaded-classes.txt" > "$work/classes.txt"
"$java" -Xshare:dump -XX:SharedClassListFile="$work/classes.txt" -XX:SharedArchiveFile="$archive" \
  -cp "$layout/renkei-server.jar" > "$work/dump.log" 2>&1 || give_up "the dump failed"
rm -rf "$work/h2" "$work/keys"
