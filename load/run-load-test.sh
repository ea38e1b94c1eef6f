#!/usr/bin/env bash
# The load test (issue 13, point 1), all figures from this one command:
#
#   load/run-load-test.sh [USERS ...]          e.g. load/run-load-test.sh 20 50 100
#
# builds the jar if target/ has none, creates a fresh MariaDB database, starts the packaged portal on it from an
# empty temporary folder (it creates the demo data), waits until it is ready, then runs the Gatling simulation
# (src/load/java, Maven profile "load") once per number of users given (20 by default) against that one portal,
# prints each run's figures and a summary, stops the portal and drops the database.
#
# Each run: a set-up user creates one draft change request per side, 4 warm-up users go round twice quickly (not
# measured); before the first load one user alone makes 15 visits without pauses and the CPU of the portal's
# threads is read around each request (which requests cost most); then the users ramp up (not measured) and the
# window is measured at full load: p50/p95/p99 per
# request and per user action, errors, the portal's CPU per action (process_cpu_time_ns_total from its
# Prometheus endpoint, before and after the window; of it, what the JIT compiler threads took, from /proc) and users
# per core at p95 < 300 ms.
#
# Settings (environment): RAMP_SECONDS (20), DURATION_SECONDS (100), THINK_MIN / THINK_MAX (5 / 10 s),
# WARMUP_USERS (4), PUSH (true), CPU_ROUNDS (15: rounds of the one user alone, first load only), LOAD_PORT / LOAD_MANAGEMENT_PORT (19080 / 19081), LOAD_DATABASE (avenant_load),
# MARIADB_HOST (127.0.0.1), MARIADB_PORT (3306), MARIADB_USER (root), MARIADB_PASSWORD (empty),
# PORTAL_JAVA_OPTS (none), KEEP_DATABASE=true to leave the database for reading afterwards.
# Gatling's HTML reports: target/gatling/; the figures of each run: target/load/.
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=("$@")
[ ${#USERS[@]} -eq 0 ] && USERS=(20)
for users in "${USERS[@]}"; do
    [[ "$users" =~ ^[1-9][0-9]*$ ]] || { echo "not a number of users: $users" >&2; exit 2; }
done

PORT="${LOAD_PORT:-19080}"
MANAGEMENT_PORT="${LOAD_MANAGEMENT_PORT:-19081}"
DATABASE="${LOAD_DATABASE:-avenant_load}"
LOG_NAME=portal
# shellcheck source=load/portal.sh
. load/portal.sh

start_portal
compile_simulations

summaries=()
# the CPU of each request, one user alone, is read once: before the first load
cpu_rounds="${CPU_ROUNDS:-15}"
for users in "${USERS[@]}"; do
    echo "== $users users"
    out="$(mktemp)"
    status=0
    run_gatling "$out" PortalSimulation \
        -Dload.users="$users" \
        -Dload.rampSeconds="${RAMP_SECONDS:-20}" \
        -Dload.durationSeconds="${DURATION_SECONDS:-100}" \
        -Dload.thinkMin="${THINK_MIN:-5}" \
        -Dload.thinkMax="${THINK_MAX:-10}" \
        -Dload.warmupUsers="${WARMUP_USERS:-4}" \
        -Dload.push="${PUSH:-true}" \
        -Dload.dbPid="${db_pid:-0}" \
        -Dload.portalPid="$pid" \
        -Dload.cpuRounds="$cpu_rounds" || status=$?
    summary="$(grep '^SUMMARY ' "$out" || true)"
    rm -f "$out"
    if [ "$status" -ne 0 ] || [ -z "$summary" ]; then
        echo "the simulation with $users users failed (exit $status); portal log: $portal_log" >&2
        exit 1
    fi
    summaries+=("$summary")
    cpu_rounds=0
done

echo
echo "== summary (portal CPU per user action; p50/p95/p99 over all requests in the measured window, ms)"
printf '%6s %8s %8s %7s %6s %6s %6s %12s %14s %16s %8s\n' users actions requests errors p50 p95 p99 \
    "CPU ms/act" "CPU ms/req" "users/core test" "p95 held"
for summary in "${summaries[@]}"; do
    declare -A f=()
    for pair in ${summary#SUMMARY }; do f["${pair%%=*}"]="${pair#*=}"; done
    printf '%6s %8s %8s %7s %6s %6s %6s %12s %14s %16s %8s\n' "${f[users]}" "${f[actions]}" "${f[requests]}" \
        "${f[errors]}" "${f[p50]}" "${f[p95]}" "${f[p99]}" "${f[cpuMsPerAction]}" "${f[cpuMsPerRequest]}" \
        "${f[testedUsersPerCore]}" "${f[heldP95]}"
    last_cpu_bound="${f[cpuBoundUsersPerCore]}"
    unset f
done
echo "CPU-bound estimate from the last run: ${last_cpu_bound:-?} users per core (see its figures above);"
echo "users per core at p95 < 300 ms is at least the highest tested load whose p95 held."
echo "portal log: $portal_log; Gatling reports: target/gatling/"
