#!/usr/bin/env bash
# Seeds the fuzz corpora from the AWS-recorded conformance cases.
set -euo pipefail
cd "$(dirname "$0")"
python3 - <<'PY'
import json, os, hashlib
cases = []
for name in ["aws-recorded.jsonl", "aws-recorded-extra.jsonl"]:
    with open(os.path.join("..", "tests", "data", "conformance", name)) as f:
        cases += [json.loads(line) for line in f if line.strip()]
def put(target, text):
    folder = os.path.join("corpus", target)
    os.makedirs(folder, exist_ok=True)
    data = text.encode()
    with open(os.path.join(folder, hashlib.sha1(data).hexdigest()[:16]), "wb") as f:
        f.write(data)
for case in cases:
    put("json", case["pattern"]); put("json", case["event"])
    put("pattern", case["pattern"])
    put("matching", case["pattern"] + "\0" + case["event"])
print(f"seeded from {len(cases)} cases")
PY
