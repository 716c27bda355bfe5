#!/usr/bin/env bash
# CI of the Jenkins plugin's plain Java module (comet-client), offline:
#   1. Debian's packaged Maven libraries (the only Maven repository these machines reach),
#   2. a settings file that sends every download to /usr/share/maven-repo,
#   3. the Comet service in Release (the tests start it on 127.0.0.1),
#   4. mvn -Doffline-core verify (compile with -Werror, unit, contract and service tests),
#   5. jenkins-typecheck (../shared/tools): javac over the .hpi module (main and tests) against the real
#      upstream sources of Jenkins core, Stapler, credentials, the test harness, ... (see its README).
# The .hpi module is not built by Maven here: it needs the Jenkins Maven repository (see README.md);
# the type-check is what keeps it compiling against Jenkins' real API.
# Exits non-zero on any failure. Called from the repository's .ci/run.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
packages=(maven maven-debian-helper junit5 libjackson2-databind-java libmaven-install-plugin-java)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]} > 0)); then
  echo "jenkins-plugin/ci.sh: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

settings="$here/.ci-offline-settings.xml"
cat > "$settings" <<'XML'
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <localRepository>${user.home}/.m2/debian-offline-repo</localRepository>
  <mirrors><mirror><id>debian</id><mirrorOf>*</mirrorOf>
    <url>file:///usr/share/maven-repo</url></mirror></mirrors>
</settings>
XML

# First, because it is quick and needs no service: fail early when the plugin stops compiling.
typecheck="$repo/../shared/tools/jenkins-typecheck/check.sh"
if [[ ! -x "$typecheck" ]]; then
  echo "jenkins-plugin/ci.sh: $typecheck not found (CI expects ../shared beside the repository)" >&2
  exit 1
fi
echo "jenkins-plugin/ci.sh: jenkins-typecheck (comet-jenkins against upstream Jenkins sources)"
(cd "$repo" && "$typecheck" jenkins-plugin)

echo "jenkins-plugin/ci.sh: building the Comet service (Release) for the tests"
(cd "$repo" && dotnet build src/Comet.Server -c Release -nologo -v quiet)

echo "jenkins-plugin/ci.sh: mvn verify (offline, comet-client)"
cd "$here"
mvn -B -ntp -s "$settings" -Doffline-core verify
