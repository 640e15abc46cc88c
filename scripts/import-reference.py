#!/usr/bin/env python3
"""Turns the team's shared reference data into Rulecraft's bundled data.

    scripts/import-reference.py [PATH_TO_SHARED_REFERENCE]

Writes assets/catalog.json (the catalog, reshaped for Rulecraft, every fact
kept with its provenance) and copies the sample events, their index and their
provenance table verbatim into samples/aws-events/. Run it when the reference
data changes; the build and the tests use only the files it writes.
"""

import json
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "reference")


def dotted(path):
    return ".".join(path)


def reshape_field(field):
    documented = list(field["values"])
    observed = list(field["values_observed_in_samples"])
    return {
        "path": dotted(field["path"]),
        # Documented values, in the documentation's order.
        "documented": documented,
        # Seen in the bundled samples but in no documented list: shown apart, never merged.
        "observed_only": [v for v in observed if v not in documented],
        "observed": observed,
        "sources": field["source_of_values"],
        "note": field.get("note"),
    }


def cloudtrail_fields(source):
    """CloudTrail events are told apart by the service's API host and action."""
    service = source.split(".", 1)[1] if source.startswith("aws.") else source
    return [
        {
            "path": "detail.eventSource",
            "documented": [],
            "observed_only": [],
            "observed": [],
            "suggested": [f"{service}.amazonaws.com"],
            "sources": [{"kind": "inferred", "note": "API host of the service, from its event source name; check it against your CloudTrail events"}],
            "note": "the AWS service whose API was called",
        },
        {
            "path": "detail.eventName",
            "documented": [],
            "observed_only": [],
            "observed": [],
            "sources": [],
            "note": "the API action, e.g. RunInstances or PutObject",
        },
    ]


def reshape_detail_type(source, detail_type):
    fields = [reshape_field(f) for f in detail_type["fields"]]
    if detail_type["name"] == "AWS API Call via CloudTrail":
        known = {f["path"] for f in fields}
        fields += [f for f in cloudtrail_fields(source) if f["path"] not in known]
    out = {
        "name": detail_type["name"],
        "verified": detail_type.get("detail_type_verified", True),
        "schema": detail_type.get("schema_name"),
        "provenance": detail_type["provenance"],
        "fields": fields,
        "schema_fields": [{"path": dotted(f["path"]), "type": f["type"]} for f in detail_type["schema_fields"]],
        "samples": detail_type["sample_events"],
    }
    if detail_type.get("schema_fields_truncated"):
        out["schema_fields_truncated"] = detail_type["schema_fields_truncated"]
    return out


CLOUDTRAIL = "AWS API Call via CloudTrail"


def cloudtrail_entry(source, schema, registry):
    """A CloudTrail detail-type for a source whose registry has its schema."""
    return {
        "name": CLOUDTRAIL,
        "verified": True,
        "schema": schema,
        "provenance": [
            {
                "kind": "eventbridge-schema-registry-index",
                "file": "eventbridge-schema-registry-index.json",
                "note": registry["description"][:200],
                "schema": schema,
            }
        ],
        "fields": cloudtrail_fields(source),
        "schema_fields": [],
        "samples": [],
        "added_from_registry_index": True,
    }


def main():
    with open(os.path.join(REFERENCE, "catalog.json"), encoding="utf-8") as f:
        catalog = json.load(f)
    with open(os.path.join(REFERENCE, "eventbridge-schema-registry-index.json"), encoding="utf-8") as f:
        registry = json.load(f)
    registry_names = {name.lower(): name for name in registry["schemas"]}
    services = []
    for s in catalog["services"]:
        detail_types = [reshape_detail_type(s["source"], d) for d in s["detail_types"]]
        schema = registry_names.get(f"{s['source']}@AWSAPICallviaCloudTrail".lower())
        # CloudTrail events are first-class: every source whose registry has the schema gets the entry.
        if schema and not any(d["name"] == CLOUDTRAIL for d in detail_types):
            detail_types.insert(0, cloudtrail_entry(s["source"], schema, registry))
        services.append(
            {
                "source": s["source"],
                "name": s["name"],
                "registry_schema_names": s.get("registry_schema_names", []),
                "detail_types": detail_types,
            }
        )
    out = {
        "about": {
            "description": catalog["description"],
            "conventions": catalog["conventions"],
            "licenses": catalog["licenses"],
            "imported_from": "the team's shared reference folder: catalog.json (see its README for sources)",
            "format": "paths are dotted (arrays traversed implicitly); documented = values from documentation or API enums, in order; observed_only = values seen in the bundled samples that no documented list has; suggested = inferred values, not documented",
        },
        "services": services,
    }
    os.makedirs(os.path.join(ROOT, "assets"), exist_ok=True)
    with open(os.path.join(ROOT, "assets", "catalog.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")

    events_in = os.path.join(REFERENCE, "aws-events")
    events_out = os.path.join(ROOT, "samples", "aws-events")
    shutil.rmtree(events_out, ignore_errors=True)
    os.makedirs(events_out)
    for name in sorted(os.listdir(events_in)):
        shutil.copyfile(os.path.join(events_in, name), os.path.join(events_out, name))
    detail_types = sum(len(s["detail_types"]) for s in services)
    added = sum(1 for s in services for d in s["detail_types"] if d.get("added_from_registry_index"))
    samples = len([n for n in os.listdir(events_out) if n.endswith(".json") and n != "index.json"])
    print(f"{len(services)} sources, {detail_types} detail-types ({added} CloudTrail entries from the registry index), {samples} samples")


if __name__ == "__main__":
    main()
