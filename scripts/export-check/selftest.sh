#!/usr/bin/env bash
# Runs both checkers over fixtures/good.jsonl and fixtures/bad.jsonl and verifies
# every answer: good lines must come back ok with exactly the expected pattern;
# bad lines must fail (or, for YAML typing traps, come back different).
# Needs ./install.sh to have run. Exits non-zero on any deviation.
set -euo pipefail
cd "$(dirname "$0")"
PY=.venv/bin/python
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat fixtures/good.jsonl fixtures/bad.jsonl > "$tmp/in.jsonl"
node check.mjs < "$tmp/in.jsonl" > "$tmp/node.jsonl"
"$PY" check.py < "$tmp/in.jsonl" > "$tmp/py.jsonl"
"$PY" - "$tmp/in.jsonl" "$tmp/node.jsonl" "$tmp/py.jsonl" <<'PYEOF'
import json, sys

def same(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b

def load(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

inp, node, py = (load(p) for p in sys.argv[1:4])
failures = passed = 0
if not (len(inp) == len(node) == len(py)):
    print("line count mismatch: in=%d node=%d py=%d" % (len(inp), len(node), len(py)))
    sys.exit(1)
for i, n, p in zip(inp, node, py):
    answers = [r for r in (n, p) if not (r["ok"] is False and r["error"] == "unsupported format")]
    if i["format"] == "terraform":
        answers = [n]  # nobody handles it; both must say unsupported
    problem = None
    if n["id"] != i["id"] or p["id"] != i["id"]:
        problem = "id not echoed"
    elif len(answers) != 1:
        problem = "handled by %d checkers" % len(answers)
    else:
        r = answers[0]
        if "expected" in i:
            if not r["ok"]:
                problem = "failed: " + r["error"]
            elif not same(r["pattern"], i["expected"]):
                problem = "pattern differs:\n  got      %s\n  expected %s" % (
                    json.dumps(r["pattern"], ensure_ascii=False, sort_keys=True),
                    json.dumps(i["expected"], ensure_ascii=False, sort_keys=True))
        elif "expect_error" in i:
            if r["ok"]:
                problem = "expected an error containing %r, got ok" % i["expect_error"]
            elif i["expect_error"] not in r["error"]:
                problem = "error lacks %r: %s" % (i["expect_error"], r["error"])
        elif "expect_mismatch" in i:
            if not r["ok"]:
                problem = "expected ok with a different pattern, got error: " + r["error"]
            elif same(r["pattern"], i["expect_mismatch"]):
                problem = "typing trap not exposed: pattern equals the intended one"
    if problem:
        failures += 1
        print("FAIL %s [%s]: %s" % (i["id"], i["format"], problem))
    else:
        passed += 1
print("%d passed, %d failed" % (passed, failures))
sys.exit(1 if failures else 0)
PYEOF
