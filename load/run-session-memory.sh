#!/usr/bin/env bash
# The session memory benchmark and leak test (issue 13, point 2), one command, apart from the normal test run:
#
#   load/run-session-memory.sh
#
# builds the jar if target/ has none, creates a fresh MariaDB database, starts the packaged portal on it from an
# empty temporary folder with a short session timeout (2 min) and a 30 s heartbeat, waits until it is ready,
# then runs the Gatling simulation SessionMemorySimulation (src/load/java, Maven profile "load"):
#  - warm-up: each demo account signs in, opens the pages below and signs out (classes and caches loaded);
#  - baseline: two full GCs a second apart (jcmd GC.run), heap used (jcmd GC.heap_info), live bytes (jcmd
#    GC.class_histogram) and the portal's gauges (avenant_vaadin_uis, _sessions, avenant_change_feed_subscribers,
#    avenant_presence_viewers, avenant_notification_bells);
#  - 10, then 50, then 100 signed-in sessions held open (the 4 demo accounts in turn): each one signed in, the
#    contract workspace of AV-2026-001 open, then one of its change requests (same UI), push WebSocket open,
#    heartbeats going; the same measures at each step; memory per session = least-squares slope of heap used
#    against sessions over 0, 10, 50, 100 (goal ≤ 150 KB per session), with R² and UIs per session;
#  - leak phase: every page closed as a browser tab closes (Flow's unload beacon, WebSocket closed), no more
#    traffic, and once the sessions have expired (at most timeout + 90 s) the heap against the baseline (goal
#    within ±10 %) and every gauge (goal 0); PASS/FAIL per goal.
# The class histograms (top 40) at 100 sessions and after the leak phase, and the figures, go to target/load/;
# the portal is stopped and the database dropped at the end. A run takes about 4.5 minutes (plus building the
# jar when target/ has none), most of it waiting for the sessions to expire.
#
# Settings (environment): MEM_PORT / MEM_MANAGEMENT_PORT (19280 / 19281), MEM_DATABASE (avenant_mem),
# MEM_STEPS (10,50,100), SESSION_TIMEOUT (2m: the portal's server.servlet.session.timeout, whole minutes),
# HEARTBEAT_SECONDS (30: the portal's vaadin.heartbeatInterval, below the timeout), PARALLEL (5: sessions being
# opened at once), PUSH (true), and those of load/portal.sh: MARIADB_HOST / _PORT / _USER / _PASSWORD,
# PORTAL_JAVA_OPTS, KEEP_DATABASE=true; HEAP_DUMP=/absolute/file.hprof also dumps the heap at the last step.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=load/portal.sh
PORT="${MEM_PORT:-19280}"
MANAGEMENT_PORT="${MEM_MANAGEMENT_PORT:-19281}"
DATABASE="${MEM_DATABASE:-avenant_mem}"
LOG_NAME=portal-session-memory
PORTS_HINT="set MEM_PORT / MEM_MANAGEMENT_PORT"
# shellcheck source=load/portal.sh
. load/portal.sh
timeout="${SESSION_TIMEOUT:-2m}"
[[ "$timeout" =~ ^([1-9][0-9]*)m$ ]] || { echo "SESSION_TIMEOUT: whole minutes, e.g. 2m" >&2; exit 2; }
timeout_seconds=$((BASH_REMATCH[1] * 60))
heartbeat="${HEARTBEAT_SECONDS:-30}"
[[ "$heartbeat" =~ ^[1-9][0-9]*$ ]] && [ "$heartbeat" -lt "$timeout_seconds" ] \
    || { echo "HEARTBEAT_SECONDS: seconds, below the session timeout" >&2; exit 2; }

start=$SECONDS
start_portal SERVER_SERVLET_SESSION_TIMEOUT="$timeout" VAADIN_HEARTBEATINTERVAL="$heartbeat"
compile_simulations

out="$run_dir/gatling.out"
status=0
run_gatling "$out" SessionMemorySimulation \
    -Dload.portalPid="$pid" \
    -Dload.push="${PUSH:-true}" \
    -Dload.steps="${MEM_STEPS:-10,50,100}" \
    -Dload.heartbeatSeconds="$heartbeat" \
    -Dload.sessionTimeoutSeconds="$timeout_seconds" \
    -Dload.parallel="${PARALLEL:-5}" \
    -Dload.heapDump="${HEAP_DUMP:-}" \
    | grep -v -E '^(Simulation .* (started|completed)|Parsing log file|Generating reports|Reports generated|Please open the following file)' \
    || status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ] || ! grep -q '^RESULT ' "$out"; then
    grep -E '^\[ERROR\]|failed|Assertion' "$out" | head -20 >&2 || true
    echo "the session memory benchmark failed (exit $status); portal log: $portal_log" >&2
    exit 1
fi
echo "whole run (portal start to figures): $((SECONDS - start)) s; portal log: $portal_log; Gatling report: target/gatling/"
