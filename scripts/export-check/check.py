#!/usr/bin/env python3
"""Rulecraft export checker (Python side). Run with scripts/export-check/.venv/bin/python.

Reads JSON Lines on stdin: {"id": "...", "format": "...", "text": "..."}
Writes JSON Lines on stdout, one per input line, same order:
  {"id": ..., "ok": true, "pattern": <recovered event pattern>}
  {"id": ..., "ok": false, "error": "<what failed>"}

Formats handled here:
  cloudformation-yaml  PyYAML (YAML 1.1 SafeLoader + CloudFormation short tags):
                       Resources -> the AWS::Events::Rule -> Properties.EventPattern
  sam                  Resources -> the AWS::Serverless::Function -> Properties.Events
                       -> the EventBridgeRule event -> Properties.Pattern
  serverless           functions -> the one function -> events -> eventBridge.pattern
  cdk-python           ast.parse, then executed with the real aws_cdk (`self` = a Stack
                       inside an App), synthesized; EventPattern read from the template file.
  aws-cli              run with real bash, `aws` being a function printing its argv;
                       the argument after --event-pattern is parsed as strict JSON.
  aws-cli-powershell   single-quoted here-string extracted per PowerShell's rules, the
                       Set-Content / file:// plumbing verified, then strict JSON.

YAML values are returned exactly as YAML 1.1 typed them (unquoted 1e3 is a string,
unquoted yes is true, ...). Values YAML typed as something JSON cannot hold
(timestamps, binary, sets, NaN/Infinity, non-string keys) are reported as errors,
as are duplicate mapping keys.
"""

import ast
import datetime
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

import yaml

MAX_ERR = 2000


class CheckError(Exception):
    pass


# ------------------------------------------------------------------ YAML


class CfnLoader(yaml.SafeLoader):
    """YAML 1.1 SafeLoader that rejects duplicate keys and maps CloudFormation
    short tags (!Ref, !GetAtt, !Sub, ...) to their long JSON forms."""

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            self.flatten_mapping(node)
            seen = {}
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=True)
                try:
                    hash(key)
                except TypeError:
                    continue  # the base class reports unhashable keys
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        "while constructing a mapping",
                        node.start_mark,
                        "found duplicate key %r (first at line %d)" % (key, seen[key] + 1),
                        key_node.start_mark,
                    )
                seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep=deep)


def _cfn_tag(loader, tag_suffix, node):
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    if tag_suffix == "Ref":
        return {"Ref": value}
    if tag_suffix == "Condition":
        return {"Condition": value}
    if tag_suffix == "GetAtt" and isinstance(value, str):
        return {"Fn::GetAtt": value.split(".", 1)}
    return {"Fn::" + tag_suffix: value}


CfnLoader.add_multi_constructor("!", _cfn_tag)


def _json_clean(value, where="pattern"):
    """Checks that the YAML-typed value is representable as JSON unchanged."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise CheckError("%s: YAML typed %r as a float that JSON cannot hold" % (where, value))
        return value
    if isinstance(value, list):
        return [_json_clean(v, "%s[%d]" % (where, i)) for i, v in enumerate(value)]
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise CheckError("%s: mapping key %r was typed by YAML as %s, not a string" % (where, k, type(k).__name__))
            out[k] = _json_clean(v, "%s.%s" % (where, k))
        return out
    if isinstance(value, (datetime.date, datetime.datetime)):
        raise CheckError("%s: YAML 1.1 typed %r as a timestamp (%s), not a JSON value" % (where, str(value), type(value).__name__))
    raise CheckError("%s: YAML typed a value as %s, not a JSON value" % (where, type(value).__name__))


def load_yaml(text):
    try:
        return yaml.load(text, Loader=CfnLoader)
    except yaml.MarkedYAMLError as e:
        parts = []
        if e.context:
            ctx = e.context
            if e.context_mark is not None:
                ctx += " (line %d:%d)" % (e.context_mark.line + 1, e.context_mark.column + 1)
            parts.append(ctx)
        if e.problem_mark is not None:
            parts.append("line %d:%d: %s" % (e.problem_mark.line + 1, e.problem_mark.column + 1, e.problem))
        else:
            parts.append(str(e.problem))
        raise CheckError("YAML: " + "; ".join(parts))
    except yaml.YAMLError as e:
        raise CheckError("YAML: " + " ".join(str(e).split("\n")))


def _as_dict(v, what):
    if not isinstance(v, dict):
        raise CheckError("%s is not a mapping (got %s)" % (what, type(v).__name__))
    return v


def _one(items, what):
    if len(items) != 1:
        raise CheckError("expected exactly one %s, found %d" % (what, len(items)))
    return items[0]


def rule_from_cfn(doc):
    """The rule's EventPattern (None when it has only a ScheduleExpression, or
    when there is no rule but Scheduler's schedules); notes the schedules."""
    res = _as_dict(_as_dict(doc, "document").get("Resources"), "Resources")
    schedules = schedules_from_cfn(doc)
    rules = [(k, v) for k, v in res.items() if isinstance(v, dict) and v.get("Type") == "AWS::Events::Rule"]
    if not rules and schedules:
        _note_schedule(None, schedules)
        return None
    name, rule = _one(rules, "AWS::Events::Rule resource")
    props = _as_dict(rule.get("Properties"), "Resources.%s.Properties" % name)
    expression = props.get("ScheduleExpression")
    if expression is not None and not isinstance(expression, str):
        raise CheckError("Resources.%s.Properties.ScheduleExpression is not a string" % name)
    _note_schedule(expression, schedules)
    if "EventPattern" not in props:
        if expression is None:
            raise CheckError("Resources.%s.Properties has no EventPattern" % name)
        return None
    return _json_clean(props["EventPattern"])


# ------------------------------------------------------------------ schedules

# What came back of the schedule, in the last document read: {"schedule": the
# rule's ScheduleExpression or None, "schedules": Scheduler's schedules}, or
# None when the export has no schedule at all.
LAST_SCHEDULE = None


def _note_schedule(expression, schedules):
    global LAST_SCHEDULE
    if expression is None and not schedules:
        return
    LAST_SCHEDULE = {"schedule": expression, "schedules": schedules}


def _scheduler_schedule(props, where, describe):
    """A schedule as CloudFormation (and create-schedule) takes it, checked."""
    props = _as_dict(props, where)
    unknown = set(props) - {"Name", "Description", "ScheduleExpression", "ScheduleExpressionTimezone", "StartDate", "EndDate", "FlexibleTimeWindow", "State", "Target"}
    if unknown:
        raise CheckError("%s: unexpected members %s" % (where, sorted(unknown)))
    for key in ("Name", "ScheduleExpression"):
        if not isinstance(props.get(key), str):
            raise CheckError("%s: %s is not a string" % (where, key))
    if "ScheduleExpressionTimezone" in props and not isinstance(props["ScheduleExpressionTimezone"], str):
        raise CheckError("%s: ScheduleExpressionTimezone is not a string" % where)
    window = _as_dict(props.get("FlexibleTimeWindow"), where + ".FlexibleTimeWindow")
    if window.get("Mode") not in ("OFF", "FLEXIBLE") or set(window) - {"Mode", "MaximumWindowInMinutes"}:
        raise CheckError("%s: FlexibleTimeWindow %r" % (where, window))
    if ("MaximumWindowInMinutes" in window) != (window["Mode"] == "FLEXIBLE"):
        raise CheckError("%s: MaximumWindowInMinutes goes with FLEXIBLE, and only then" % where)
    if "MaximumWindowInMinutes" in window and (type(window["MaximumWindowInMinutes"]) is not int):
        raise CheckError("%s: MaximumWindowInMinutes is not a whole number" % where)
    target = _as_dict(props.get("Target"), where + ".Target")
    if set(target) - {"Arn", "RoleArn", "Input"} or "Arn" not in target or "RoleArn" not in target:
        raise CheckError("%s: Target has members %s (Scheduler's: Arn, RoleArn, Input)" % (where, sorted(target)))
    if "Input" in target and not isinstance(target["Input"], str):
        raise CheckError("%s: Target.Input is not a string" % where)
    got = {
        "Name": props["Name"],
        "ScheduleExpression": props["ScheduleExpression"],
        "ScheduleExpressionTimezone": props.get("ScheduleExpressionTimezone", ""),
        "StartDate": props.get("StartDate", ""),
        "EndDate": props.get("EndDate", ""),
        "FlexibleTimeWindow": window,
        "Target": {"Arn": describe(target["Arn"]), "RoleArn": describe(target["RoleArn"])},
    }
    if "Input" in target:
        got["Target"]["Input"] = target["Input"]
    return got


def schedules_from_cfn(template):
    """Every AWS::Scheduler::Schedule of a template, in order."""
    res = (template or {}).get("Resources") or {}
    out = []
    for name, r in res.items():
        if isinstance(r, dict) and r.get("Type") == "AWS::Scheduler::Schedule":
            out.append(_scheduler_schedule(r.get("Properties"), "Resources.%s.Properties" % name, lambda v: _describe_ref(v, template)))
    return out


# ------------------------------------------------------------------ targets

# The targets found in the last document read (a list), and the Lambda
# permissions (a list), for the caller to report beside the pattern.
LAST_TARGETS = None


def _describe_ref(value, template):
    """A role ARN as text: a parameter (parameter:Name), a role of the template
    (role:Name), a plain string, or else its JSON."""
    if isinstance(value, str):
        return value
    params = template.get("Parameters") or {}
    res = template.get("Resources") or {}
    if isinstance(value, dict) and list(value) == ["Ref"] and value["Ref"] in params:
        return "parameter:" + value["Ref"]
    if isinstance(value, dict) and list(value) == ["Fn::GetAtt"]:
        att = value["Fn::GetAtt"]
        if isinstance(att, list) and len(att) == 2 and att[1] == "Arn" and (res.get(att[0]) or {}).get("Type") == "AWS::IAM::Role":
            return "role:" + att[0]
    return json.dumps(value, sort_keys=True)


def targets_from_cfn(template):
    """The one AWS::Events::Rule's Targets (Id, Arn, RoleArn, Input, InputPath,
    InputTransformer) and every AWS::Lambda::Permission, with whether its
    SourceArn is that rule's Arn."""
    res = _as_dict(template.get("Resources"), "Resources")
    rules = [(k, v) for k, v in res.items() if isinstance(v, dict) and v.get("Type") == "AWS::Events::Rule"]
    if not rules and schedules_from_cfn(template):
        rules = [(None, {"Properties": {}})]  # Scheduler's schedules alone
    name, rule = _one(rules, "AWS::Events::Rule resource")
    props = _as_dict(rule.get("Properties"), "Resources.%s.Properties" % name)
    targets = []
    for t in props.get("Targets") or []:
        t = _as_dict(t, "a target")
        unknown = set(t) - {"Id", "Arn", "RoleArn", "Input", "InputPath", "InputTransformer"}
        if unknown:
            raise CheckError("target %r has unexpected members %s" % (t.get("Id"), sorted(unknown)))
        got = {"Id": t.get("Id"), "Arn": _describe_ref(t.get("Arn"), template)}
        if "RoleArn" in t:
            got["RoleArn"] = _describe_ref(t["RoleArn"], template)
        for key in ("Input", "InputPath"):
            if key in t:
                if not isinstance(t[key], str):
                    raise CheckError("target %r: %s is not a string" % (t.get("Id"), key))
                got[key] = t[key]
        if "InputTransformer" in t:
            tr = _as_dict(t["InputTransformer"], "InputTransformer")
            if not isinstance(tr.get("InputTemplate"), str):
                raise CheckError("target %r: InputTemplate is not a string" % t.get("Id"))
            paths = tr.get("InputPathsMap") or {}
            if not all(isinstance(k, str) and isinstance(v, str) for k, v in paths.items()):
                raise CheckError("target %r: InputPathsMap is not strings" % t.get("Id"))
            got["InputTransformer"] = {"InputPathsMap": paths, "InputTemplate": tr["InputTemplate"]}
        targets.append(got)
    permissions = []
    for pname, perm in res.items():
        if isinstance(perm, dict) and perm.get("Type") == "AWS::Lambda::Permission":
            pp = _as_dict(perm.get("Properties"), "Resources.%s.Properties" % pname)
            permissions.append({
                "FunctionName": pp.get("FunctionName"),
                "Action": pp.get("Action"),
                "Principal": pp.get("Principal"),
                "SourceArnIsRule": pp.get("SourceArn") == {"Fn::GetAtt": [name, "Arn"]},
            })
    return {"targets": targets, "permissions": permissions}


def pattern_from_sam(doc):
    doc = _as_dict(doc, "document")
    if doc.get("Transform") != "AWS::Serverless-2016-10-31":
        raise CheckError("Transform is not AWS::Serverless-2016-10-31 (got %r)" % (doc.get("Transform"),))
    res = _as_dict(doc.get("Resources"), "Resources")
    functions = [v for v in res.values() if isinstance(v, dict) and v.get("Type") == "AWS::Serverless::Function"]
    if not functions:
        # With targets: an AWS::Events::Rule with Targets, under the transform.
        global LAST_TARGETS
        LAST_TARGETS = targets_from_cfn(doc)
        return rule_from_cfn(doc)
    name, fn = _one([(k, v) for k, v in res.items() if isinstance(v, dict) and v.get("Type") == "AWS::Serverless::Function"], "AWS::Serverless::Function resource")
    props = _as_dict(fn.get("Properties"), "Resources.%s.Properties" % name)
    evs = _as_dict(props.get("Events"), "Resources.%s.Properties.Events" % name)
    # A schedule the rule runs is a Schedule event; Scheduler's are resources.
    timed = [v for v in evs.values() if isinstance(v, dict) and v.get("Type") == "Schedule"]
    expression = None
    if timed:
        timed_props = _as_dict(_one(timed, "Schedule event").get("Properties"), "the Schedule event's Properties")
        expression = timed_props.get("Schedule")
        if not isinstance(expression, str) or not isinstance(timed_props.get("Name"), str):
            raise CheckError("the Schedule event's Schedule or Name is not a string")
    _note_schedule(expression, schedules_from_cfn(doc))
    bridged = [(k, v) for k, v in evs.items() if isinstance(v, dict) and v.get("Type") == "EventBridgeRule"]
    if not bridged and timed:
        return None
    ev_name, ev = _one(bridged, "EventBridgeRule event")
    ev_props = _as_dict(ev.get("Properties"), "Events.%s.Properties" % ev_name)
    if "Pattern" not in ev_props:
        raise CheckError("Events.%s.Properties has no Pattern" % ev_name)
    return _json_clean(ev_props["Pattern"])


def _serverless_unescape(value):
    """What Serverless's variable resolver makes of an escaped `\\${`: `${`."""
    if isinstance(value, str):
        if re.search(r"(?<!\\)\$\{", value):
            raise CheckError("Serverless would resolve ${...} in %r" % value)
        return value.replace("\\${", "${")
    if isinstance(value, list):
        return [_serverless_unescape(v) for v in value]
    if isinstance(value, dict):
        return {k: _serverless_unescape(v) for k, v in value.items()}
    return value


def pattern_from_serverless(doc):
    if isinstance(doc, dict) and "functions" not in doc and "resources" in doc:
        # With targets: the rule in the resources section (CloudFormation).
        global LAST_TARGETS
        resources = _as_dict(doc["resources"], "resources")
        found = targets_from_cfn(resources)
        found["targets"] = _serverless_unescape(found["targets"])
        LAST_TARGETS = found
        pattern = rule_from_cfn(resources)
        if LAST_SCHEDULE is not None:
            LAST_SCHEDULE["schedules"] = _serverless_unescape(LAST_SCHEDULE["schedules"])
        return pattern
    fns = _as_dict(_as_dict(doc, "document").get("functions"), "functions")
    fname, fn = _one(list(fns.items()), "function under functions")
    fn = _as_dict(fn, "functions.%s" % fname)
    evs = fn.get("events")
    if not isinstance(evs, list):
        raise CheckError("functions.%s.events is not a list" % fname)
    # A schedule the rule runs is a `schedule` event; Scheduler's are resources.
    timed = [e["schedule"] for e in evs if isinstance(e, dict) and "schedule" in e]
    expression = None
    if timed:
        expression = _one(timed, "schedule event")
        if not isinstance(expression, str):
            raise CheckError("the schedule event is not an expression")
    resources = (doc.get("resources") or {})
    schedules = _serverless_unescape(schedules_from_cfn(resources)) if resources else []
    _note_schedule(expression, schedules)
    bridged = [e for e in evs if isinstance(e, dict) and "eventBridge" in e]
    if not bridged and timed:
        return None
    eb = _one(bridged, "eventBridge event")
    eb = _as_dict(eb["eventBridge"], "eventBridge")
    if "pattern" not in eb:
        raise CheckError("eventBridge has no pattern")
    return _json_clean(eb["pattern"])


# ------------------------------------------------------------------ strict JSON


def _no_constants(name):
    raise ValueError("non-JSON constant %s" % name)


def _pairs_no_dupes(pairs):
    out = {}
    for k, v in pairs:
        if k in out:
            raise ValueError("duplicate key %r" % k)
        out[k] = v
    return out


# The JSON text strict_json last read: for the shell formats this is exactly the
# text AWS receives, so the caller can compare number spellings too.
LAST_STRICT_TEXT = None


def strict_json(text, what):
    global LAST_STRICT_TEXT
    LAST_STRICT_TEXT = text
    try:
        return json.loads(text, parse_constant=_no_constants, object_pairs_hook=_pairs_no_dupes)
    except json.JSONDecodeError as e:
        raise CheckError("%s is not valid JSON: line %d:%d: %s" % (what, e.lineno, e.colno, e.msg))
    except ValueError as e:
        raise CheckError("%s is not valid JSON: %s" % (what, e))


# ------------------------------------------------------------------ aws-cli (bash)

_MARK = "\x01AWS-CALL\x01"


def pattern_from_aws_cli(text):
    script = "aws() { printf '%s\\0' '" + _MARK + "' \"$@\"; }\n" + text
    with tempfile.TemporaryDirectory(prefix="rulecraft-bash-") as tmp:
        env = {"PATH": "/usr/bin:/bin", "HOME": tmp, "LC_ALL": "C.UTF-8"}
        try:
            p = subprocess.run(
                ["bash", "--noprofile", "--norc", "-c", script, "rulecraft-export"],
                input=b"",
                capture_output=True,
                cwd=tmp,
                env=env,
                timeout=300,  # a guard against a hang, not a speed test
            )
        except subprocess.TimeoutExpired:
            raise CheckError("bash: timed out")
    err = p.stderr.decode("utf-8", "replace").strip()
    if p.returncode != 0 or err:
        # bash reports errors for the -c script as "rulecraft-export: line N: ...";
        # the aws() definition occupies line 1, so shift line numbers back by one.
        err = re.sub(r"line (\d+)", lambda m: "line %d" % (int(m.group(1)) - 1), err)
        raise CheckError("bash (exit %d): %s" % (p.returncode, " | ".join(err.splitlines()) or "no message"))
    parts = p.stdout.split(b"\0")
    if not parts or parts[-1] != b"":
        raise CheckError("bash: unexpected output %r" % p.stdout[:200])
    parts = parts[:-1]
    try:
        args = [a.decode("utf-8") for a in parts]
    except UnicodeDecodeError as e:
        raise CheckError("an argument is not UTF-8: %s" % e)
    calls = []
    for a in args:
        if a == _MARK:
            calls.append([])
        elif not calls:
            raise CheckError("bash printed something that is not an aws call")
        else:
            calls[-1].append(a)
    argv = _one(calls, "aws invocation")
    if argv[:2] != ["events", "put-rule"]:
        raise CheckError("command is not `aws events put-rule` (argv: %r)" % argv[:2])
    idx = [i for i, a in enumerate(argv) if a == "--event-pattern"]
    if len(idx) != 1:
        raise CheckError("expected exactly one --event-pattern, found %d" % len(idx))
    i = idx[0]
    if i + 1 >= len(argv):
        raise CheckError("--event-pattern has no value")
    if "--name" not in argv:
        raise CheckError("no --name argument")
    return strict_json(argv[i + 1], "--event-pattern value")


# The ARN the stand-in `aws events put-rule --query RuleArn` answers.
_RULE_ARN = "arn:aws:events:us-east-1:123456789012:rule/from-put-rule"


def _loads_exact(text, what):
    """Strict JSON without touching LAST_STRICT_TEXT (which keeps the pattern's text)."""
    try:
        return json.loads(text, parse_constant=_no_constants, object_pairs_hook=_pairs_no_dupes)
    except ValueError as e:
        raise CheckError("%s is not valid JSON: %s" % (what, e))


def _option(argv, name, what):
    idx = [i for i, a in enumerate(argv) if a == name]
    if len(idx) != 1 or idx[0] + 1 >= len(argv):
        raise CheckError("%s: expected exactly one %s with a value" % (what, name))
    return argv[idx[0] + 1]


def _cli_targets(rule_name, targets, permissions, rule_arn):
    """Checks put-targets' and add-permission's arguments; returns the report."""
    if not isinstance(targets, list):
        raise CheckError("put-targets: Targets is not a list")
    for t in targets:
        unknown = set(t) - {"Id", "Arn", "RoleArn", "Input", "InputPath", "InputTransformer"}
        if unknown:
            raise CheckError("put-targets: unexpected members %s" % sorted(unknown))
    perms = []
    for argv in permissions:
        perms.append({
            "FunctionName": _option(argv, "--function-name", "add-permission"),
            "Action": _option(argv, "--action", "add-permission"),
            "Principal": _option(argv, "--principal", "add-permission"),
            "SourceArnIsRule": _option(argv, "--source-arn", "add-permission") == rule_arn,
        })
        sid = _option(argv, "--statement-id", "add-permission")
        if not re.match(r"^[A-Za-z0-9_-]{1,100}$", sid):
            raise CheckError("add-permission: statement id %r is not valid" % sid)
    return {"targets": targets, "permissions": perms, "rule": rule_name}


def pattern_from_aws_cli_with_targets(text):
    """put-rule (its ARN captured), put-targets, add-permission: `aws` writes its
    argv to fd 3 and answers put-rule's `--query RuleArn` with an ARN."""
    global LAST_TARGETS
    with tempfile.TemporaryDirectory(prefix="rulecraft-bash-") as tmp:
        calls_file = os.path.join(tmp, "calls")
        script = (
            "exec 3>\"$RULECRAFT_CALLS\"; aws() { printf '%s\\0' '" + _MARK + "' \"$@\" >&3; "
            "if [ \"$1 $2\" = 'events put-rule' ]; then echo '" + _RULE_ARN + "'; fi; }\n" + text
        )
        env = {"PATH": "/usr/bin:/bin", "HOME": tmp, "LC_ALL": "C.UTF-8", "RULECRAFT_CALLS": calls_file}
        try:
            p = subprocess.run(["bash", "--noprofile", "--norc", "-c", script, "rulecraft-export"], input=b"",
                               capture_output=True, cwd=tmp, env=env, timeout=300)
        except subprocess.TimeoutExpired:
            raise CheckError("bash: timed out")
        with open(calls_file, "rb") as f:
            raw = f.read()
    err = p.stderr.decode("utf-8", "replace").strip()
    if p.returncode != 0 or err or p.stdout:
        raise CheckError("bash (exit %d): %s %r" % (p.returncode, " | ".join(err.splitlines()) or "no message", p.stdout[:200]))
    calls = []
    for a in raw.split(b"\0")[:-1]:
        a = a.decode("utf-8")
        if a == _MARK:
            calls.append([])
        else:
            calls[-1].append(a)
    if not calls or calls[0][:2] != ["events", "put-rule"]:
        raise CheckError("the first call is not `aws events put-rule`")
    put_rule = calls[0]
    if _option(put_rule, "--query", "put-rule") != "RuleArn" or _option(put_rule, "--output", "put-rule") != "text":
        raise CheckError("put-rule: the rule's ARN is not asked for")
    name = _option(put_rule, "--name", "put-rule")
    put_targets = [c for c in calls if c[:2] == ["events", "put-targets"]]
    permissions = [c for c in calls if c[:2] == ["lambda", "add-permission"]]
    if len(put_targets) != 1 or len(calls) != 2 + len(permissions):
        raise CheckError("expected put-rule, one put-targets and add-permission calls, found %r" % [c[:2] for c in calls])
    if _option(put_targets[0], "--rule", "put-targets") != name:
        raise CheckError("put-targets: --rule is not the rule's name")
    targets = _loads_exact(_option(put_targets[0], "--targets", "put-targets"), "--targets")
    LAST_TARGETS = _cli_targets(name, targets, permissions, _RULE_ARN)
    return strict_json(_option(put_rule, "--event-pattern", "put-rule"), "--event-pattern value")


def pattern_from_powershell_with_targets(text):
    """Here-strings, Set-Content to files, and aws calls, one statement a line:
    put-rule from a file (its ARN in a variable), put-targets from a file,
    add-permission with the variable as --source-arn."""
    global LAST_TARGETS
    lines = text.replace("\r\n", "\n").split("\n")
    variables, files, calls = {}, {}, []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip() or line.lstrip().startswith("#"):
            i += 1
            continue
        m = re.match(r"^\$([A-Za-z_][A-Za-z0-9_]*)\s*=\s*@'\s*$", line)
        if m:
            for j in range(i + 1, len(lines)):
                if lines[j].startswith("'@"):
                    if lines[j][2:].strip():
                        raise CheckError("line %d: text after '@" % (j + 1))
                    variables[m.group(1)] = "\n".join(lines[i + 1 : j])
                    i = j + 1
                    break
            else:
                raise CheckError("line %d: here-string never closed" % (i + 1))
            continue
        tokens = _ps_tokens(line, i + 1)
        assigned = None
        if len(tokens) >= 3 and re.match(r"^\$[A-Za-z_][A-Za-z0-9_]*$", tokens[0]) and tokens[1] == "=":
            assigned, tokens = tokens[0], tokens[2:]
        if tokens and tokens[0].lower() == "set-content" and assigned is None:
            opts = {tokens[k].lower(): tokens[k + 1] for k in range(1, len(tokens) - 1, 2)}
            if (opts.get("-encoding") or "").lower() != "ascii":
                raise CheckError("line %d: Set-Content -Encoding is not ascii" % (i + 1))
            value = opts.get("-value", "")
            if not value.startswith("$") or value[1:] not in variables:
                raise CheckError("line %d: Set-Content -Value is not a here-string's variable" % (i + 1))
            files[_unquote_ps(opts.get("-path", ""))] = variables[value[1:]]
        elif tokens and tokens[0] == "aws":
            calls.append((assigned, [_unquote_ps(t) for t in tokens[1:]], i + 1))
        else:
            raise CheckError("line %d: unexpected statement" % (i + 1))
        i += 1

    def request(argv, what):
        ref = _option(argv, "--cli-input-json", what)
        if not ref.startswith("file://") or ref[7:] not in files:
            raise CheckError("%s: --cli-input-json %r is not a file written above" % (what, ref))
        return _loads_exact(files[ref[7:]], what + " request")

    rule_calls = [c for c in calls if c[1][:2] == ["events", "put-rule"]]
    put_targets = [c for c in calls if c[1][:2] == ["events", "put-targets"]]
    permissions = [c[1] for c in calls if c[1][:2] == ["lambda", "add-permission"]]
    creates = [c[1] for c in calls if c[1][:2] == ["scheduler", "create-schedule"]]
    if len(rule_calls) > 1 or len(put_targets) > 1 or len(calls) != len(rule_calls) + len(put_targets) + len(permissions) + len(creates):
        raise CheckError("expected put-rule, put-targets, add-permission and create-schedule calls, found %r" % [c[1][:2] for c in calls])
    if (put_targets or permissions) and (not rule_calls or calls[0] is not rule_calls[0]):
        raise CheckError("the first call is not `$var = aws events put-rule`")
    schedules = []
    for argv in creates:
        schedules.append(_scheduler_schedule(request(argv, "create-schedule"), "create-schedule", lambda v: v))
    if not rule_calls:
        if not schedules:
            raise CheckError("no put-rule and no create-schedule")
        _note_schedule(None, schedules)
        LAST_TARGETS = {"targets": [], "permissions": []}
        return None
    arn_var, put_rule, _ = rule_calls[0]
    rule_request = request(put_rule, "put-rule")
    if set(rule_request) - {"Name", "Description", "EventPattern", "ScheduleExpression", "State"}:
        raise CheckError("put-rule: unexpected request")
    expression = rule_request.get("ScheduleExpression")
    if not isinstance(rule_request.get("EventPattern"), str) and not isinstance(expression, str):
        raise CheckError("put-rule: neither an EventPattern nor a ScheduleExpression string")
    _note_schedule(expression, schedules)
    if put_targets:
        if arn_var is None or _option(put_rule, "--query", "put-rule") != "RuleArn" or _option(put_rule, "--output", "put-rule") != "text":
            raise CheckError("put-rule: the rule's ARN is not asked for")
        targets_request = request(put_targets[0][1], "put-targets")
        if set(targets_request) != {"Rule", "Targets"} or targets_request["Rule"] != rule_request.get("Name"):
            raise CheckError("put-targets: the request is not {Rule: the rule's name, Targets}")
        LAST_TARGETS = _cli_targets(rule_request["Name"], targets_request["Targets"], permissions, arn_var)
    else:
        LAST_TARGETS = {"targets": [], "permissions": []}
    if "EventPattern" not in rule_request:
        return None
    return strict_json(rule_request["EventPattern"], "EventPattern")


def pattern_from_aws_cli_calls(text):
    """Any of put-rule (with --event-pattern and/or --schedule-expression),
    put-targets, add-permission and Scheduler's create-schedule, in bash."""
    global LAST_TARGETS
    with tempfile.TemporaryDirectory(prefix="rulecraft-bash-") as tmp:
        calls_file = os.path.join(tmp, "calls")
        script = (
            "exec 3>\"$RULECRAFT_CALLS\"; aws() { printf '%s\\0' '" + _MARK + "' \"$@\" >&3; "
            "if [ \"$1 $2\" = 'events put-rule' ]; then echo '" + _RULE_ARN + "'; fi; }\n" + text
        )
        env = {"PATH": "/usr/bin:/bin", "HOME": tmp, "LC_ALL": "C.UTF-8", "RULECRAFT_CALLS": calls_file}
        try:
            p = subprocess.run(["bash", "--noprofile", "--norc", "-c", script, "rulecraft-export"], input=b"",
                               capture_output=True, cwd=tmp, env=env, timeout=300)
        except subprocess.TimeoutExpired:
            raise CheckError("bash: timed out")
        with open(calls_file, "rb") as f:
            raw = f.read()
    err = p.stderr.decode("utf-8", "replace").strip()
    calls = []
    for a in raw.split(b"\0")[:-1]:
        a = a.decode("utf-8")
        if a == _MARK:
            calls.append([])
        else:
            calls[-1].append(a)
    rule_calls = [c for c in calls if c[:2] == ["events", "put-rule"]]
    put_targets = [c for c in calls if c[:2] == ["events", "put-targets"]]
    permissions = [c for c in calls if c[:2] == ["lambda", "add-permission"]]
    creates = [c for c in calls if c[:2] == ["scheduler", "create-schedule"]]
    # Without targets, put-rule's answer goes to the terminal.
    printed = p.stdout.decode("utf-8", "replace").strip()
    if p.returncode != 0 or err or printed not in ("", _RULE_ARN) or (printed and put_targets):
        raise CheckError("bash (exit %d): %s %r" % (p.returncode, " | ".join(err.splitlines()) or "no message", p.stdout[:200]))
    if len(rule_calls) > 1 or len(put_targets) > 1 or len(calls) != len(rule_calls) + len(put_targets) + len(permissions) + len(creates):
        raise CheckError("unexpected calls %r" % [c[:2] for c in calls])
    schedules = []
    for argv in creates:
        options = {}
        k = 2
        while k < len(argv):
            if not argv[k].startswith("--") or k + 1 >= len(argv) or argv[k] in options:
                raise CheckError("create-schedule: cannot read its arguments %r" % argv[2:])
            options[argv[k]] = argv[k + 1]
            k += 2
        known = {"--name": "Name", "--description": "Description", "--schedule-expression": "ScheduleExpression",
                 "--schedule-expression-timezone": "ScheduleExpressionTimezone",
                 "--start-date": "StartDate", "--end-date": "EndDate"}
        props = {}
        for option, value in options.items():
            if option in known:
                props[known[option]] = value
            elif option == "--flexible-time-window":
                props["FlexibleTimeWindow"] = _loads_exact(value, "--flexible-time-window")
            elif option == "--target":
                props["Target"] = _loads_exact(value, "--target")
            else:
                raise CheckError("create-schedule: unexpected option %s" % option)
        schedules.append(_scheduler_schedule(props, "create-schedule", lambda v: v))
    if not rule_calls:
        if not schedules:
            raise CheckError("no put-rule and no create-schedule")
        _note_schedule(None, schedules)
        LAST_TARGETS = {"targets": [], "permissions": []}
        return None
    put_rule = rule_calls[0]
    if calls[0] is not put_rule:
        raise CheckError("put-rule is not the first call")
    name = _option(put_rule, "--name", "put-rule")
    expression = _option(put_rule, "--schedule-expression", "put-rule") if "--schedule-expression" in put_rule else None
    _note_schedule(expression, schedules)
    if put_targets:
        if _option(put_rule, "--query", "put-rule") != "RuleArn" or _option(put_rule, "--output", "put-rule") != "text":
            raise CheckError("put-rule: the rule's ARN is not asked for")
        if _option(put_targets[0], "--rule", "put-targets") != name:
            raise CheckError("put-targets: --rule is not the rule's name")
        targets = _loads_exact(_option(put_targets[0], "--targets", "put-targets"), "--targets")
        LAST_TARGETS = _cli_targets(name, targets, permissions, _RULE_ARN)
    else:
        LAST_TARGETS = {"targets": [], "permissions": []}
    if "--event-pattern" not in put_rule:
        if expression is None:
            raise CheckError("put-rule has neither --event-pattern nor --schedule-expression")
        return None
    return strict_json(_option(put_rule, "--event-pattern", "put-rule"), "--event-pattern value")


# ------------------------------------------------------------------ aws-cli-powershell


def _ps_here_string(lines):
    """Finds `$var = @'` and returns (var, content, index of the line after '@).

    PowerShell rules for a single-quoted here-string: the opening @' must be the
    last thing on its line (only whitespace may follow); the content starts on
    the next line and ends before the first line that begins with '@ (at column
    1); the newline before '@ is not part of the content; nothing in the content
    is interpreted."""
    for i, line in enumerate(lines):
        m = re.match(r"^\s*\$([A-Za-z_][A-Za-z0-9_]*)\s*=\s*@'(.*)$", line)
        if not m:
            if line.strip() and not line.lstrip().startswith("#"):
                raise CheckError("line %d: expected `$name = @'` before any other statement" % (i + 1))
            continue
        if m.group(2).strip() != "":
            raise CheckError("line %d: text after @' on the same line (PowerShell: here-string header must end the line)" % (i + 1))
        for j in range(i + 1, len(lines)):
            if lines[j].startswith("'@"):
                return m.group(1), "\n".join(lines[i + 1 : j]), j
        raise CheckError("line %d: here-string is never closed by a line starting with '@" % (i + 1))
    raise CheckError("no `$name = @'` here-string found")


def _ps_tokens(line, lineno):
    try:
        return shlex.split(line, posix=False)
    except ValueError as e:
        raise CheckError("line %d: %s" % (lineno, e))


def _unquote_ps(tok):
    if len(tok) >= 2 and tok[0] == tok[-1] and tok[0] in "'\"":
        return tok[1:-1]
    return tok


def pattern_from_powershell(text):
    lines = text.replace("\r\n", "\n").split("\n")
    var, content, close = _ps_here_string(lines)
    tail = lines[close]
    if tail[2:].strip() != "":
        raise CheckError("line %d: text after '@ on the closing line" % (close + 1))
    rest = [(n + 1, l) for n, l in enumerate(lines) if n > close and l.strip() and not l.lstrip().startswith("#")]
    if len(rest) != 2:
        raise CheckError("expected exactly a Set-Content line and an aws line after the here-string, found %d lines" % len(rest))
    (sc_no, sc_line), (aws_no, aws_line) = rest
    sc = _ps_tokens(sc_line, sc_no)
    if not sc or sc[0].lower() != "set-content":
        raise CheckError("line %d: expected Set-Content" % sc_no)
    opts = {}
    k = 1
    while k < len(sc):
        if not sc[k].startswith("-") or k + 1 >= len(sc):
            raise CheckError("line %d: cannot read Set-Content arguments" % sc_no)
        opts[sc[k].lower()] = sc[k + 1]
        k += 2
    if opts.get("-value") != "$" + var:
        raise CheckError("line %d: Set-Content -Value is %r, expected $%s" % (sc_no, opts.get("-value"), var))
    target = _unquote_ps(opts.get("-path", ""))
    if not target:
        raise CheckError("line %d: Set-Content has no -Path" % sc_no)
    enc = (opts.get("-encoding") or "").lower()
    if enc not in ("utf8", "utf8nobom", "ascii"):
        raise CheckError("line %d: Set-Content -Encoding %r (expected utf8)" % (sc_no, enc))
    aw = _ps_tokens(aws_line, aws_no)
    if aw[:3] != ["aws", "events", "put-rule"]:
        raise CheckError("line %d: expected `aws events put-rule`" % aws_no)
    # Either the pattern alone (--event-pattern file://...) or the whole
    # request (--cli-input-json file://...: Name, Description, EventPattern).
    whole = [i for i, a in enumerate(aw) if a == "--cli-input-json"]
    if whole:
        if len(whole) != 1 or whole[0] + 1 >= len(aw) or "--event-pattern" in aw:
            raise CheckError("line %d: expected exactly one --cli-input-json with a value" % aws_no)
        ref = _unquote_ps(aw[whole[0] + 1])
        if ref != "file://" + target:
            raise CheckError("line %d: --cli-input-json %r does not point at the file Set-Content wrote (%r)" % (aws_no, ref, target))
        request = strict_json(content, "here-string content")
        if not isinstance(request, dict) or not isinstance(request.get("Name"), str):
            raise CheckError("the request has no Name string")
        if not re.match(r"^[.\-_A-Za-z0-9]{1,64}$", request["Name"]):
            raise CheckError("Name %r is not a valid rule name" % request["Name"])
        unknown = set(request) - {"Name", "Description", "EventPattern", "State"}
        if unknown:
            raise CheckError("unknown request fields %s" % sorted(unknown))
        if not isinstance(request.get("EventPattern"), str):
            raise CheckError("EventPattern must be a JSON string")
        return strict_json(request["EventPattern"], "EventPattern")
    if "--name" not in aw:
        raise CheckError("line %d: no --name argument" % aws_no)
    idx = [i for i, a in enumerate(aw) if a == "--event-pattern"]
    if len(idx) != 1 or idx[0] + 1 >= len(aw):
        raise CheckError("line %d: expected exactly one --event-pattern with a value" % aws_no)
    ref = _unquote_ps(aw[idx[0] + 1])
    if ref != "file://" + target:
        raise CheckError("line %d: --event-pattern %r does not point at the file Set-Content wrote (%r)" % (aws_no, ref, target))
    return strict_json(content, "here-string content")


# ------------------------------------------------------------------ cdk-python

_cdk = None


def _cdk_modules():
    global _cdk
    if _cdk is None:
        # jsii prints a large banner on stderr for node versions it calls end-of-life.
        os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "18,20,22")
        import aws_cdk

        _cdk = (aws_cdk, tempfile.mkdtemp(prefix="rulecraft-pycdk-"))
    return _cdk


def _exc_line(e, filename):
    tb = e.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def pattern_from_cdk_python(text, idx):
    filename = "<snippet %d>" % idx
    try:
        tree = ast.parse(text, filename=filename)
    except SyntaxError as e:
        raise CheckError("Python syntax: line %s:%s: %s" % (e.lineno, e.offset, e.msg))
    cdk, outroot = _cdk_modules()
    outdir = os.path.join(outroot, str(idx))
    app = cdk.App(outdir=outdir)
    stack = cdk.Stack(app, "RulecraftStack")
    glb = {"__name__": "__rulecraft_snippet__", "self": stack}
    real_stdout = sys.stdout
    sys.stdout = sys.stderr
    try:
        exec(compile(tree, filename, "exec"), glb)
    except Exception as e:
        line = _exc_line(e, filename)
        raise CheckError("executing snippet%s: %s: %s" % (" (line %d)" % line if line else "", type(e).__name__, e))
    finally:
        sys.stdout = real_stdout
    try:
        asm = app.synth()
        art = asm.get_stack_artifact(stack.artifact_id)
        with open(os.path.join(asm.directory, art.template_file), encoding="utf-8") as f:
            template = json.load(f)
    except Exception as e:
        raise CheckError("CDK synth: %s: %s" % (type(e).__name__, e))
    finally:
        import shutil

        shutil.rmtree(outdir, ignore_errors=True)
    global LAST_TARGETS
    LAST_TARGETS = targets_from_cfn(template)
    return rule_from_cfn(template)


# ------------------------------------------------------------------ main


def check_one(fmt, text, idx):
    global LAST_TARGETS
    if fmt == "cloudformation-yaml":
        doc = load_yaml(text)
        LAST_TARGETS = targets_from_cfn(_as_dict(doc, "document"))
        return rule_from_cfn(doc)
    if fmt == "sam":
        return pattern_from_sam(load_yaml(text))
    if fmt == "serverless":
        return pattern_from_serverless(load_yaml(text))
    if fmt == "aws-cli":
        if "create-schedule" in text or "--schedule-expression" in text:
            return pattern_from_aws_cli_calls(text)
        if "put-targets" in text:
            return pattern_from_aws_cli_with_targets(text)
        return pattern_from_aws_cli(text)
    if fmt == "aws-cli-powershell":
        if "put-targets" in text or "ScheduleExpression" in text:
            return pattern_from_powershell_with_targets(text)
        return pattern_from_powershell(text)
    if fmt == "cdk-python":
        return pattern_from_cdk_python(text, idx)
    raise CheckError("unsupported format")


def main():
    stdin = open(sys.stdin.fileno(), encoding="utf-8", closefd=False)
    out = open(sys.stdout.fileno(), "w", encoding="utf-8", closefd=False)
    lines = stdin.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for idx, line in enumerate(lines):
        rid = None
        try:
            try:
                obj = json.loads(line)
            except ValueError as e:
                raise CheckError("input line is not JSON: %s" % e)
            rid = obj.get("id")
            text = obj.get("text")
            if not isinstance(text, str):
                raise CheckError('input has no "text" string')
            global LAST_STRICT_TEXT, LAST_TARGETS, LAST_SCHEDULE
            LAST_STRICT_TEXT = None
            LAST_TARGETS = None
            LAST_SCHEDULE = None
            pattern = check_one(obj.get("format"), text, idx)
            res = {"id": rid, "ok": True, "pattern": pattern}
            if LAST_TARGETS is not None:
                res.update(LAST_TARGETS)
            if LAST_SCHEDULE is not None:
                res.update(LAST_SCHEDULE)
            if LAST_STRICT_TEXT is not None:
                res["pattern_text"] = LAST_STRICT_TEXT
            s = json.dumps(res, ensure_ascii=False, allow_nan=False)
        except CheckError as e:
            s = json.dumps({"id": rid, "ok": False, "error": str(e)[:MAX_ERR]}, ensure_ascii=False)
        except Exception as e:  # checker bug or unexpected input: still answer the line
            s = json.dumps({"id": rid, "ok": False, "error": ("internal: %s: %s" % (type(e).__name__, e))[:MAX_ERR]}, ensure_ascii=False)
        out.write(s + "\n")
        out.flush()
    if _cdk is not None:
        import shutil

        shutil.rmtree(_cdk[1], ignore_errors=True)


if __name__ == "__main__":
    main()
