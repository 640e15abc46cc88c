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
# time; max RSS (from /usr/bin/time) is shown for the default output at two
# file sizes. Build first: cargo build --release --locked --no-default-features
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

# Best wall-clock seconds of RUNS runs of a command (output discarded).
best() {
    local best=""
    for _ in $(seq "$RUNS"); do
        local start end t
        start=$(date +%s.%N)
        "$@" > /dev/null
        end=$(date +%s.%N)
        t=$(echo "$end - $start" | bc -l)
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
    done
    echo "$best"
}

rate() { # SECONDS EVENTS
    printf "%'.0f" "$(echo "$2 / $1" | bc -l)"
}

events=100000
file="$DIR/events-100k.jsonl"
printf "%-28s %-9s %14s %14s %14s %14s\n" binary pattern "quiet 2 cores" "quiet 1 core" default json
for bin in "${binaries[@]}"; do
    for p in a b; do
        q2=$(best "$bin" test --pattern "$DIR/$p.json" --quiet "$file")
        q1=$(best taskset -c 0 "$bin" test --pattern "$DIR/$p.json" --quiet "$file")
        d=$(best "$bin" test --pattern "$DIR/$p.json" "$file")
        j=$(best "$bin" test --pattern "$DIR/$p.json" --format json "$file")
        printf "%-28s %-9s %14s %14s %14s %14s\n" "$(basename "$(dirname "$bin")")/$(basename "$bin")" "$p" \
            "$(rate "$q2" $events)" "$(rate "$q1" $events)" "$(rate "$d" $events)" "$(rate "$j" $events)"
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
