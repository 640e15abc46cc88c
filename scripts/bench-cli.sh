#!/usr/bin/env bash
# Whole-process throughput of `rulecraft test` on the matching benchmark's
# workload: 100,000 synthetic events of about 1 KB (100 MB of JSON Lines,
# written by examples/make_events.rs from benches/support/events.rs, so the
# file is the same on every run), and the two patterns of benches/matching.rs.
#
#   scripts/bench-cli.sh [BINARY...]
#
# Each BINARY (default: target/release/rulecraft) is measured in every mode,
# side by side: --quiet on all cores, --quiet on one core (taskset), the
# default output (every miss explained), and --format json. Each figure is
# the best of RUNS runs (default 5), in events per second, from wall-clock
# time, the binaries taking turns run by run; max RSS (from /usr/bin/time)
# is shown for the default output at two file sizes. Build first: cargo build --release --locked --no-default-features
# (the window is not needed to measure the command line).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/rulecraft-bench}
TARGET=${CARGO_TARGET_DIR:-target}
mkdir -p "$DIR"
binaries=("$@")
[ ${#binaries[@]} -eq 0 ] && binaries=("$TARGET/release/rulecraft")

make_events() { # COUNT FILE
    [ -s "$2" ] || cargo run --quiet --locked --example make_events -- "$1" > "$2"
}
make_events 100000 "$DIR/events-100k.jsonl"
make_events 400000 "$DIR/events-400k.jsonl"

cat > "$DIR/a.json" <<'EOF'
{"source":["aws.ec2"],"detail-type":["EC2 Instance State-change Notification"],"detail":{"state":["running","stopped"]}}
EOF
cat > "$DIR/b.json" <<'EOF'
{
  "source": [{"prefix": "aws."}],
  "detail-type": [{"anything-but": ["AWS API Call via CloudTrail", "Scheduled Event"]}],
  "detail": {
    "$or": [
      {"state": ["running"]},
      {"count": [{"numeric": [">", 10, "<=", 500]}]}
    ],
    "instance": {"placement": {"zone": [{"prefix": "us-east-1"}]}}
  }
}
EOF

# Wall-clock seconds of one run of a command (output discarded).
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}

rate() { # SECONDS EVENTS
    printf "%'.0f" "$(echo "$2 / $1" | bc -l)"
}

# The command of one mode for one binary and pattern.
mode_command() { # MODE BINARY PATTERN
    local pattern="$DIR/$3.json" file="$DIR/events-100k.jsonl"
    case $1 in
        q2) echo "$2" test --pattern "$pattern" --quiet "$file" ;;
        q1) echo taskset -c 0 "$2" test --pattern "$pattern" --quiet "$file" ;;
        default) echo "$2" test --pattern "$pattern" "$file" ;;
        json) echo "$2" test --pattern "$pattern" --format json "$file" ;;
    esac
}

# The machine's speed drifts over minutes, so the binaries take turns: each
# round runs every binary once, and each keeps its best of RUNS rounds.
events=100000
declare -A best
for p in a b; do
    for mode in q2 q1 default json; do
        for _ in $(seq "$RUNS"); do
            for bin in "${binaries[@]}"; do
                # shellcheck disable=SC2046 # the command is split into words on purpose
                t=$(seconds $(mode_command "$mode" "$bin" "$p"))
                key="$bin $p $mode"
                if [ -z "${best[$key]:-}" ] || [ "$(echo "$t < ${best[$key]}" | bc -l)" = 1 ]; then best[$key]=$t; fi
            done
        done
    done
done
printf "%-28s %-9s %14s %14s %14s %14s\n" binary pattern "quiet 2 cores" "quiet 1 core" default json
for bin in "${binaries[@]}"; do
    for p in a b; do
        printf "%-28s %-9s" "$(basename "$(dirname "$bin")")/$(basename "$bin")" "$p"
        for mode in q2 q1 default json; do
            printf " %14s" "$(rate "${best[$bin $p $mode]}" $events)"
        done
        echo
    done
done
echo
echo "max RSS (KB), default output, pattern b:"
for bin in "${binaries[@]}"; do
    for f in events-100k events-400k; do
        rss=$( { /usr/bin/time -f "%M" "$bin" test --pattern "$DIR/b.json" "$DIR/$f.jsonl" > /dev/null; } 2>&1 | tail -1)
        printf "  %-28s %-12s %8s\n" "$(basename "$(dirname "$bin")")/$(basename "$bin")" "$f" "$rss"
    done
done
