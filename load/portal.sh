# The part the load/run-*.sh commands share, sourced by them (not a command of its own): the database settings,
# the jar (built if target/ has none), a fresh MariaDB database, the packaged portal started on it from an empty
# temporary folder (it creates the demo data on first start) and waited for until ready and, on exit, stopped
# with its log kept in target/load/ and its database dropped; the Gatling simulations (src/load/java, Maven
# profile "load") compiled and run.
#
# The caller is at the project's root with `set -euo pipefail`, sets PORT, MANAGEMENT_PORT, DATABASE and
# LOG_NAME (the portal's log is kept as target/load/$LOG_NAME-<date>.log), may set PORTS_HINT (which of its
# settings change the ports), then calls start_portal [NAME=value ...] (added to the portal's environment),
# compile_simulations and run_gatling. Afterwards $pid is the portal's process id, $db_pid MariaDB's (or
# empty), $run_dir the portal's folder and $portal_log where its log will be.
#
# Settings (environment): MARIADB_HOST (127.0.0.1), MARIADB_PORT (3306), MARIADB_USER (root),
# MARIADB_PASSWORD (empty), PORTAL_JAVA_OPTS (none), KEEP_DATABASE=true to leave the database for reading
# afterwards, JAVA_HOME_OVERRIDE (the JDK, temurin 25 by default).

export JAVA_HOME="${JAVA_HOME_OVERRIDE:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"

DB_HOST="${MARIADB_HOST:-127.0.0.1}"
DB_PORT="${MARIADB_PORT:-3306}"
DB_USER="${MARIADB_USER:-root}"
DB_PASSWORD="${MARIADB_PASSWORD:-}"
MVN=(./mvnw -B -ntp)

db() {
    mariadb -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} "$@"
}

pid=""
db_pid=""
run_dir=""
portal_log=""

cleanup() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        echo "== stopping the portal (pid $pid)"
        kill -TERM "$pid"
        wait "$pid" 2>/dev/null || true
    fi
    if [ -n "$run_dir" ]; then
        [ -f "$run_dir/portal.log" ] && cp "$run_dir/portal.log" "$portal_log"
        rm -rf "$run_dir"
    fi
    if [ "${KEEP_DATABASE:-false}" != "true" ]; then
        db -e "drop database if exists \`$DATABASE\`" || true
    fi
}

# start_portal [NAME=value ...]: builds the jar if target/ has none, starts it on a fresh database with the
# values added to its environment (SERVER_SERVLET_SESSION_TIMEOUT=2m …) and waits until it is ready (180 s).
start_portal() {
    if curl -s -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health"; then
        echo "something already answers on port $MANAGEMENT_PORT: stop it or ${PORTS_HINT:-choose other ports}" >&2
        exit 1
    fi

    local jar
    jar="$(ls "$PWD"/target/avenant-*.jar 2>/dev/null | head -1 || true)"
    if [ -z "$jar" ]; then
        echo "== building the jar (no target/avenant-*.jar)"
        "${MVN[@]}" -q package -DskipTests -Djacoco.skip=true
        jar="$(ls "$PWD"/target/avenant-*.jar | head -1)"
    fi

    echo "== fresh database $DATABASE on $DB_HOST:$DB_PORT"
    db -e "drop database if exists \`$DATABASE\`"

    run_dir="$(mktemp -d)"
    mkdir -p target/load
    portal_log="$PWD/target/load/$LOG_NAME-$(date +%Y%m%d-%H%M%S).log"
    trap cleanup EXIT

    echo "== starting $(basename "$jar") on MariaDB, ports $PORT / $MANAGEMENT_PORT, from $run_dir${*:+ ($*)}"
    # shellcheck disable=SC2086 # PORTAL_JAVA_OPTS is a list of options
    (cd "$run_dir" && exec env PORT="$PORT" AVENANT_MANAGEMENT_PORT="$MANAGEMENT_PORT" \
        AVENANT_DB_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DATABASE?createDatabaseIfNotExist=true" \
        AVENANT_DB_USER="$DB_USER" AVENANT_DB_PASSWORD="$DB_PASSWORD" "$@" \
        java ${PORTAL_JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=mariadb > portal.log 2>&1) &
    pid=$!
    for _ in $(seq 1 180); do
        curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" >/dev/null 2>&1 && break
        kill -0 "$pid" 2>/dev/null || { cat "$run_dir/portal.log"; echo "the portal stopped during start-up" >&2; exit 1; }
        sleep 1
    done
    curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" >/dev/null \
        || { tail -50 "$run_dir/portal.log"; echo "the portal is not ready after 180 s" >&2; exit 1; }
    echo "   ready"

    db_pid="$(pgrep -x mariadbd || pgrep -x mysqld || true)"
    db_pid="${db_pid%%$'\n'*}"
}

compile_simulations() {
    echo "== compiling the simulations (Maven profile load)"
    if ! "${MVN[@]}" -q -Pload test-compile > "$run_dir/compile.log" 2>&1; then
        cat "$run_dir/compile.log"
        echo "the simulations do not compile" >&2
        exit 1
    fi
}

# Gatling's Maven output without Maven's own chatter and the JVM's warnings about libraries
quiet_maven() {
    grep --line-buffered -v -E '^\[INFO\]|^SLF4J\(W\)|^WARNING: (A terminally|sun\.misc|Please consider)|^\[WARNING\]( |$|.*exec-maven-plugin|.*effective model|.*highly recommended)'
}

# run_gatling OUT SIMULATION -Dload.x=… …: runs that simulation class (src/load/java) against the portal, shows
# its output without Maven's noise and keeps it all in the file OUT; returns Gatling's exit status.
run_gatling() {
    local out="$1" simulation="$2"
    shift 2
    set +e
    "${MVN[@]}" -Pload gatling:test \
        -Dload.simulationClass="app.avenant.load.$simulation" \
        -Dload.baseUrl="http://localhost:$PORT" \
        -Dload.metricsUrl="http://127.0.0.1:$MANAGEMENT_PORT/actuator/prometheus" \
        "$@" 2>&1 \
        | tee "$out" \
        | quiet_maven
    local status=${PIPESTATUS[0]}
    set -e
    return "$status"
}
