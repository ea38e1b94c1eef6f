# What load/run-load-test.sh and load/run-session-memory.sh share, sourced by them (not a command): the jar
# (built if target/ has none), a fresh MariaDB database, the packaged portal started on it from an empty
# temporary folder (it creates the demo data on first start) and waited for until ready, the simulations
# compiled (Maven profile load), and on exit the portal stopped, its log kept in target/load/ and the database
# dropped (KEEP_DATABASE=true keeps it).
#
# The sourcing script sets PORT, MANAGEMENT_PORT and DATABASE first, and may set PORTAL_LOG_NAME (the log's
# name in target/load/, "portal" by default). Settings read here (environment): MARIADB_HOST (127.0.0.1),
# MARIADB_PORT (3306), MARIADB_USER (root), MARIADB_PASSWORD (empty), PORTAL_JAVA_OPTS (none), KEEP_DATABASE.
# Functions: ensure_port_free HINT, ensure_jar (sets jar), start_portal [NAME=value ...] (extra environment for the portal;
# sets pid, run_dir, portal_log), compile_simulations, quiet_maven (a filter for Gatling's Maven output).

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

# ensure_port_free HINT: nothing may answer on the management port yet (HINT: which settings change the ports)
ensure_port_free() {
    if curl -s -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health"; then
        echo "something already answers on port $MANAGEMENT_PORT: stop it or $1" >&2
        exit 1
    fi
}

ensure_jar() {
    jar="$(ls "$PWD"/target/avenant-*.jar 2>/dev/null | head -1 || true)"
    if [ -z "$jar" ]; then
        echo "== building the jar (no target/avenant-*.jar)"
        "${MVN[@]}" -q package -DskipTests -Djacoco.skip=true
        jar="$(ls "$PWD"/target/avenant-*.jar | head -1)"
    fi
}

pid=""
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

# start_portal [NAME=value ...]: a fresh database, then the portal on it, ready; the values are added to its
# environment (SERVER_SERVLET_SESSION_TIMEOUT=2m …)
start_portal() {
    echo "== fresh database $DATABASE on $DB_HOST:$DB_PORT"
    db -e "drop database if exists \`$DATABASE\`"

    run_dir="$(mktemp -d)"
    mkdir -p target/load
    portal_log="$PWD/target/load/${PORTAL_LOG_NAME:-portal}-$(date +%Y%m%d-%H%M%S).log"
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
}

compile_simulations() {
    echo "== compiling the simulation (Maven profile load)"
    if ! "${MVN[@]}" -q -Pload test-compile > "$run_dir/compile.log" 2>&1; then
        cat "$run_dir/compile.log"
        echo "the simulation does not compile" >&2
        exit 1
    fi
}

# Gatling's Maven output without Maven's own chatter and the JVM's warnings about libraries
quiet_maven() {
    grep -v -E '^\[INFO\]|^SLF4J\(W\)|^WARNING: (A terminally|sun\.misc|Please consider)|^\[WARNING\]( |$|.*exec-maven-plugin|.*effective model|.*highly recommended)'
}
