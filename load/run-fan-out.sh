#!/usr/bin/env bash
# Push that fans out (issue 13, point 3), all figures from this one command:
#
#   load/run-fan-out.sh [UIS ...]          e.g. load/run-fan-out.sh 10 100 500 (the default)
#
# builds the jar if target/ has none, creates a fresh MariaDB database, starts the packaged portal on it from an
# empty temporary folder (it creates the demo data), waits until it is ready, then runs the Gatling simulation
# FanOutSimulation (src/load/java, Maven profile "load") once per number of subscribed UIs given, against that
# one portal, prints each run's figures and a summary, stops the portal and drops the database.
#
# Before the first run, one run not measured (WARMUP_UIS pages, 50 by default, 0 for none) warms up the JIT of
# the portal just started. Each run: a publisher (paul.durand, a session of its own) creates a fresh change
# request on AV-2026-001 (a draft, one term changed, submitted: its comments notify the members, bells included)
# and stays on its page; UIS pages open that same request, each with its push WebSocket, from sessions of the 4
# demo accounts of both sides (at least 4 sessions, about UIS_PER_SESSION pages each: the first signs in, the
# others are more tabs of that browser). Once all are subscribed, a few warm-up comments are published (not
# measured), and once the pages are idle again (no push for 3 s), the portal's CPU is read over an idle window,
# then over a comment window as long: COMMENTS comments, one every 1 to 2 s, each with a marker of its own.
# Printed per run: p50/p95/p99/max of the delay from the comment's « Publier » UIDL POST to each page's push
# message carrying it, deliveries received vs expected (a missing one is an error), and the portal's CPU per
# comment (process_cpu_time_ns_total, the idle CPU of an equal window taken off; of it, what the JIT compiler
# threads took, from /proc). Then every page is closed
# (unload beacon, WebSocket closed) and every session signs out: the next run starts from a portal holding no UI
# of the one before (its gauges are printed before and after each run).
# Goal: p95 < 250 ms at 500 subscribed UIs. About 7 minutes for 10 100 500 on 2 cores.
#
# Settings (environment): WARMUP_UIS (50), COMMENTS (20), WARMUP_COMMENTS (5, published before the windows, not measured),
# COMMENT_EVERY_MIN / COMMENT_EVERY_MAX (1 / 2 s), UIS_PER_SESSION (10),
# OPEN_SECONDS (the pages open over UIS / 10 s, at least 5), PUBLISHER (paul.durand),
# FAN_PORT / FAN_MANAGEMENT_PORT (19380 / 19381), FAN_DATABASE (avenant_fan), and those of load/portal.sh:
# MARIADB_HOST (127.0.0.1), MARIADB_PORT (3306), MARIADB_USER (root), MARIADB_PASSWORD (empty),
# PORTAL_JAVA_OPTS (none), KEEP_DATABASE=true to leave the database for reading afterwards.
# Gatling's HTML reports: target/gatling/; the figures of each run: target/load/fan-out-*.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

UIS=("$@")
[ ${#UIS[@]} -eq 0 ] && UIS=(10 100 500)
for uis in "${UIS[@]}"; do
    [[ "$uis" =~ ^[1-9][0-9]*$ ]] || { echo "not a number of UIs: $uis" >&2; exit 2; }
done

PORT="${FAN_PORT:-19380}"
MANAGEMENT_PORT="${FAN_MANAGEMENT_PORT:-19381}"
DATABASE="${FAN_DATABASE:-avenant_fan}"
LOG_NAME=fan-out-portal
# shellcheck source=load/portal.sh
. load/portal.sh

started=$SECONDS
start_portal
compile_simulations

# A portal just started runs its code interpreted or half compiled: a first run would time the JIT (twice the
# CPU per comment of the same run repeated). One run not measured warms it up, pages, comments and all.
warmup_uis="${WARMUP_UIS:-50}"
if [ "$warmup_uis" -gt 0 ]; then
    echo "== warm-up run, not measured: $warmup_uis UIs, 30 comments"
    out="$(mktemp)"
    status=0
    run_gatling "$out" FanOutSimulation \
        -Dload.subscribers="$warmup_uis" \
        -Dload.comments=30 \
        -Dload.warmupComments=0 \
        -Dload.commentEveryMin=0.3 \
        -Dload.commentEveryMax=0.6 \
        -Dload.uisPerSession="${UIS_PER_SESSION:-10}" \
        -Dload.publisher="${PUBLISHER:-paul.durand}" \
        -Dload.portalPid="$pid" > /dev/null || status=$?
    summary="$(grep '^SUMMARY ' "$out" || true)"
    if [ "$status" -ne 0 ] || [ -z "$summary" ] || [[ "$summary" == *aborted=yes* ]]; then
        tail -40 "$out"
        echo "the warm-up run failed (exit $status); portal log: $portal_log" >&2
        exit 1
    fi
    rm -f "$out"
    echo "   ${summary#SUMMARY }"
fi

summaries=()
for uis in "${UIS[@]}"; do
    echo "== $uis subscribed UIs"
    out="$(mktemp)"
    status=0
    run_gatling "$out" FanOutSimulation \
        -Dload.subscribers="$uis" \
        -Dload.comments="${COMMENTS:-20}" \
        -Dload.warmupComments="${WARMUP_COMMENTS:-5}" \
        -Dload.commentEveryMin="${COMMENT_EVERY_MIN:-1}" \
        -Dload.commentEveryMax="${COMMENT_EVERY_MAX:-2}" \
        -Dload.uisPerSession="${UIS_PER_SESSION:-10}" \
        -Dload.openSeconds="${OPEN_SECONDS:-}" \
        -Dload.publisher="${PUBLISHER:-paul.durand}" \
        -Dload.portalPid="$pid" || status=$?
    summary="$(grep '^SUMMARY ' "$out" || true)"
    rm -f "$out"
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "the portal (pid $pid) stopped during the run with $uis UIs: its log is $portal_log" >&2
        exit 1
    fi
    if [ "$status" -ne 0 ] || [ -z "$summary" ] || [[ "$summary" == *aborted=yes* ]]; then
        echo "the fan-out run with $uis UIs failed (exit $status); portal log: $portal_log" >&2
        exit 1
    fi
    summaries+=("$summary")
done

echo
echo "== summary: delay « Publier » POST sent -> push received, per subscriber UI and comment (ms);"
echo "   portal CPU per comment with the idle CPU taken off"
printf '%6s %9s %9s %8s %6s %6s %6s %6s %12s %10s %8s\n' UIs received expected missing p50 p95 p99 max \
    "CPU ms/ev" "opened in" errors
goal="not tested (no run with 500 UIs)"
runs=()
for summary in "${summaries[@]}"; do
    declare -A f=()
    for pair in ${summary#SUMMARY }; do f["${pair%%=*}"]="${pair#*=}"; done
    printf '%6s %9s %9s %8s %6s %6s %6s %6s %12s %9ss %8s\n' "${f[uis]}" "${f[deliveries]}" "${f[expected]}" \
        "${f[missing]}" "${f[p50]}" "${f[p95]}" "${f[p99]}" "${f[max]}" "${f[cpuMsPerEvent]}" "${f[openSeconds]}" \
        "${f[errors]}"
    if [ "${f[uis]}" -ge 500 ]; then
        if [ "${f[missing]}" -eq 0 ] && [ "${f[p95]}" -ge 0 ] && [ "${f[p95]}" -lt 250 ]; then
            goal="met: p95 ${f[p95]} ms at ${f[uis]} UIs"
        else
            goal="NOT met: p95 ${f[p95]} ms, ${f[missing]} deliveries missing at ${f[uis]} UIs"
        fi
    fi
    runs+=("${f[uis]} ${f[cpuMsPerEvent]}")
    unset f
done
if [ ${#runs[@]} -ge 2 ]; then
    # what one more subscribed page adds to a comment's cost, between the smallest and the largest run
    read -r first_uis first_cpu <<< "${runs[0]}"
    read -r last_uis last_cpu <<< "${runs[-1]}"
    if [ "$last_uis" -ne "$first_uis" ]; then
        awk -v a="$first_uis" -v ca="$first_cpu" -v b="$last_uis" -v cb="$last_cpu" 'BEGIN {
            printf "portal CPU per comment per additional subscribed UI (%d -> %d UIs): %.3f ms\n", a, b, (cb - ca) / (b - a)
        }'
    fi
fi
echo "goal (issue 13): p95 < 250 ms at 500 subscribed UIs -> $goal"
echo "whole command: $((SECONDS - started)) s; portal log: $portal_log; Gatling reports: target/gatling/"
