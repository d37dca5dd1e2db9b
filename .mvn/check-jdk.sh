# Sourced by ./mvnw before Maven starts (POSIX sh). Maven itself runs on any JDK 17+, but the build compiles,
# tests and runs on a JDK 21 or newer, which the toolchains plugin discovers in the usual places. When there
# is none, Maven's own error ("Cannot find matching toolchain definitions") does not say what to do, so say it
# here, before Maven starts. SAMVERKAN_SKIP_JDK_CHECK=1 skips this (a JDK in a place not looked at below).

samverkan_jdk_major() {
  # The JDK's release file names its version without starting a JVM: JAVA_VERSION="21.0.4" (or "1.8.0_402").
  [ -f "$1/release" ] && [ -x "$1/bin/javac" ] || return 1
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -n 1
}

samverkan_has_jdk_21() {
  [ -f "$HOME/.m2/toolchains.xml" ] && return 0 # toolchains configured by hand: leave it to Maven
  case $- in *f*) set +f; samverkan_noglob=1 ;; *) samverkan_noglob= ;; esac # mvnw runs with set -f
  for candidate in "${JAVA_HOME-}" \
    $(env | sed -n 's/^JAVA[0-9]*_HOME=//p') \
    "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)" 2>/dev/null || echo /)")")" \
    /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
    "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* "$HOME"/.asdf/installs/java/* \
    /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$candidate" ] || continue
    major="$(samverkan_jdk_major "$candidate" 2>/dev/null)" || continue
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      [ -z "$samverkan_noglob" ] || set -f
      return 0
    fi
  done
  [ -z "$samverkan_noglob" ] || set -f
  return 1
}

if [ "${SAMVERKAN_SKIP_JDK_CHECK-}" != 1 ] && ! samverkan_has_jdk_21; then
  cat >&2 <<'MESSAGE'
Samverkansbot needs a JDK 21 or newer to compile, test and run (Maven itself may run on an older one).
None was found in JAVA_HOME, JAVA<n>_HOME, the javac on PATH, /usr/lib/jvm, /usr/java, /opt, SDKMAN, ~/.jdks
or /Library/Java/JavaVirtualMachines. Install one and run the same command again, for example:
  Debian 13 / Ubuntu 24.04:  sudo apt-get install openjdk-21-jdk-headless
  Debian 12 and others:      Eclipse Temurin 21 or 25 (https://adoptium.net/installation/linux/)
  SDKMAN:                    sdk install java 21-tem
A JDK somewhere else: export JAVA_HOME=/path/to/that/jdk (or set SAMVERKAN_SKIP_JDK_CHECK=1 to let Maven look).
MESSAGE
  exit 1
fi
