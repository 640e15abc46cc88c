#!/usr/bin/env node
// Rulecraft export checker (node side).
//
// Reads JSON Lines on stdin: {"id": "...", "format": "...", "text": "..."}
// Writes JSON Lines on stdout, one per input line, same order:
//   {"id": ..., "ok": true, "pattern": <recovered event pattern>}
//   {"id": ..., "ok": false, "error": "<what failed>"}
//
// Formats handled here:
//   cdk-ts              TypeScript syntax check + full type-check against the real
//                       aws-cdk-lib typings, then executed with the real aws-cdk-lib
//                       (`this` = a Stack inside an App), synthesized, and the
//                       EventPattern read back from the written template file.
//   pulumi-ts           TypeScript syntax check + type-check against a minimal
//                       declaration of @pulumi/aws (stub), executed with a stub
//                       @pulumi/aws whose cloudwatch.EventRule records its args;
//                       pattern = JSON.parse(args.eventPattern).
//   cloudformation-json JSON.parse, Resources -> the AWS::Events::Rule -> EventPattern.
//
// Anything the snippets print is sent to stderr so stdout stays pure JSONL.

import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';


const HERE = path.dirname(fileURLToPath(import.meta.url));
const requireHere = createRequire(path.join(HERE, 'check.mjs'));
const ts = requireHere('typescript');

// Keep stdout for results only.
const writeOut = process.stdout.write.bind(process.stdout);
for (const k of ['log', 'info', 'debug', 'warn']) console[k] = (...a) => console.error(...a);
process.stdout.write = (chunk, ...rest) => process.stderr.write(chunk, ...rest);

const MAX_ERR = 2000;
const clip = (s) => (s.length > MAX_ERR ? s.slice(0, MAX_ERR) + '…' : s);

// ---------------------------------------------------------------- input

function readStdin() {
  const chunks = [];
  const buf = Buffer.alloc(1 << 16);
  for (;;) {
    let n;
    try {
      n = fs.readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      if (e.code === 'EAGAIN') continue;
      if (e.code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks).toString('utf8');
}

// ---------------------------------------------------------------- TypeScript

const VDIR = path.join(HERE, '__virtual__');
const TS_OPTIONS = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts'],
  types: [],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  esModuleInterop: true,
  allowSyntheticDefaultImports: true,
};

// Minimal typing of the part of @pulumi/aws the exporter uses. The real
// package (and @pulumi/pulumi) is not installed: it is large and needs a
// Pulumi engine; execution uses a recording stub instead.
const PULUMI_DTS = `
declare module '@pulumi/aws' {
  export namespace cloudwatch {
    interface EventRuleArgs {
      name?: string;
      namePrefix?: string;
      description?: string;
      eventBusName?: string;
      eventPattern?: string;
      isEnabled?: boolean;
      state?: string;
      roleArn?: string;
      scheduleExpression?: string;
      forceDestroy?: boolean;
      tags?: { [key: string]: string };
    }
    class EventRule {
      constructor(name: string, args?: EventRuleArgs, opts?: object);
      readonly arn: string;
      readonly name: string;
    }
    interface EventTargetArgs {
      rule: string;
      arn: string;
      targetId?: string;
      roleArn?: string;
      input?: string;
      inputPath?: string;
      inputTransformer?: { inputPaths?: { [key: string]: string }; inputTemplate: string };
      eventBusName?: string;
    }
    class EventTarget {
      constructor(name: string, args: EventTargetArgs, opts?: object);
    }
  }
  export namespace scheduler {
    interface ScheduleArgs {
      name?: string;
      description?: string;
      groupName?: string;
      scheduleExpression: string;
      scheduleExpressionTimezone?: string;
      startDate?: string;
      endDate?: string;
      state?: string;
      flexibleTimeWindow: { mode: string; maximumWindowInMinutes?: number };
      target: { arn: string; roleArn: string; input?: string };
    }
    class Schedule {
      constructor(name: string, args: ScheduleArgs, opts?: object);
    }
  }
  export namespace lambda {
    interface PermissionArgs {
      action: string;
      function: string;
      principal: string;
      sourceArn?: string;
      statementId?: string;
      sourceAccount?: string;
    }
    class Permission {
      constructor(name: string, args: PermissionArgs, opts?: object);
    }
  }
}
`;

const WRAP_FN = '__rulecraft_main';

// Wraps everything after the leading imports in
//   export function __rulecraft_main(this: Stack): void { ... }
// without changing line numbers, so `this` is typed and executable.
function wrapCdkTs(text, sf) {
  let insertAt = 0;
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) || ts.isImportEqualsDeclaration(st)) insertAt = st.end;
    else break;
  }
  return (
    text.slice(0, insertAt) +
    ` export function ${WRAP_FN}(this: import('aws-cdk-lib').Stack): void {` +
    text.slice(insertAt) +
    '\n}\n'
  );
}

function fmtDiag(d) {
  const msg = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  if (d.file && d.start !== undefined) {
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `line ${line + 1}:${character + 1}: TS${d.code}: ${msg}`;
  }
  return `TS${d.code}: ${msg}`;
}

// items: [{idx, format, text}] for cdk-ts / pulumi-ts.
// Returns Map idx -> {error} | {js} (CommonJS source ready to run).
function compileAll(items) {
  const res = new Map();
  if (items.length === 0) return res;
  const virt = new Map(); // abs path -> text
  const plan = []; // {idx, orig, checked}
  const pulumiDts = path.join(VDIR, 'pulumi-aws.d.ts');
  virt.set(pulumiDts, PULUMI_DTS);
  for (const it of items) {
    const orig = path.join(VDIR, `in${it.idx}.ts`);
    virt.set(orig, it.text);
    let checked = orig;
    if (it.format === 'cdk-ts') {
      const sf = ts.createSourceFile(orig, it.text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
      checked = path.join(VDIR, `in${it.idx}.wrapped.ts`);
      virt.set(checked, wrapCdkTs(it.text, sf));
    }
    plan.push({ it, orig, checked });
  }
  const host = ts.createCompilerHost(TS_OPTIONS, true);
  const baseGet = host.getSourceFile.bind(host);
  const baseExists = host.fileExists.bind(host);
  const baseRead = host.readFile.bind(host);
  host.getSourceFile = (f, lang, onErr, create) =>
    virt.has(f) ? ts.createSourceFile(f, virt.get(f), lang, true, ts.ScriptKind.TS) : baseGet(f, lang, onErr, create);
  host.fileExists = (f) => virt.has(f) || baseExists(f);
  host.readFile = (f) => (virt.has(f) ? virt.get(f) : baseRead(f));
  host.writeFile = () => {};

  // Syntax of the original text, on its own.
  const roots = [pulumiDts, ...plan.map((p) => p.orig), ...plan.filter((p) => p.checked !== p.orig).map((p) => p.checked)];
  const program = ts.createProgram({ rootNames: roots, options: TS_OPTIONS, host });
  const globalDiags = program.getGlobalDiagnostics().concat(program.getOptionsDiagnostics());
  for (const { it, orig, checked } of plan) {
    const syn = program.getSyntacticDiagnostics(program.getSourceFile(orig));
    if (syn.length) {
      res.set(it.idx, { error: 'TypeScript syntax: ' + syn.map(fmtDiag).join('; ') });
      continue;
    }
    const csf = program.getSourceFile(checked);
    const sem = [...program.getSyntacticDiagnostics(csf), ...program.getSemanticDiagnostics(csf), ...globalDiags];
    if (sem.length) {
      res.set(it.idx, { error: 'TypeScript type-check: ' + sem.map(fmtDiag).join('; ') });
      continue;
    }
    const out = ts.transpileModule(virt.get(checked), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      fileName: checked,
      reportDiagnostics: true,
    });
    if (out.diagnostics && out.diagnostics.length) {
      res.set(it.idx, { error: 'TypeScript transpile: ' + out.diagnostics.map(fmtDiag).join('; ') });
      continue;
    }
    res.set(it.idx, { js: out.outputText });
  }
  return res;
}

// Runs CommonJS source with a restricted require; returns module.exports.
function runCjs(js, fileName, requireFn) {
  const wrapper = vm.runInThisContext(`(function (exports, require, module, __filename, __dirname) {${js}\n})`, {
    filename: fileName,
  });
  const module = { exports: {} };
  wrapper.call(module.exports, module.exports, requireFn, module, fileName, path.dirname(fileName));
  return module.exports;
}

function errText(e, fileName) {
  if (!(e instanceof Error)) return String(e);
  let msg = e.message;
  const frame = (e.stack || '').split('\n').find((l) => l.includes(fileName));
  if (frame) {
    const m = frame.match(/:(\d+):(\d+)\)?\s*$/);
    if (m) msg += ` (at line ${m[1]} of the snippet)`;
  }
  return msg;
}

// ---------------------------------------------------------------- CDK

let cdkOutRoot = null;
function runCdkTs(js, idx) {
  const cdk = requireHere('aws-cdk-lib');
  cdkOutRoot ??= fs.mkdtempSync(path.join(os.tmpdir(), 'rulecraft-cdk-'));
  const allowed = (m) => m === 'aws-cdk-lib' || m.startsWith('aws-cdk-lib/') || m === 'constructs';
  const req = (m) => {
    if (!allowed(m)) throw new Error(`import of '${m}' is not allowed in cdk-ts`);
    return requireHere(m);
  };
  const fileName = path.join(VDIR, `in${idx}.cdk.js`);
  const outdir = path.join(cdkOutRoot, String(idx));
  const app = new cdk.App({ outdir });
  const stack = new cdk.Stack(app, 'RulecraftStack');
  try {
    const exp = runCjs(js, fileName, req);
    exp[WRAP_FN].call(stack);
  } catch (e) {
    throw new Error('executing snippet: ' + errText(e, fileName));
  }
  let template;
  try {
    const asm = app.synth();
    const art = asm.getStackByName(stack.stackName);
    template = JSON.parse(fs.readFileSync(path.join(asm.directory, art.templateFile), 'utf8'));
  } catch (e) {
    throw new Error('CDK synth: ' + (e instanceof Error ? e.message : String(e)));
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
  const pattern = ruleFromTemplate(template);
  return { pattern, ...targetsFromTemplate(template), ...scheduleFromTemplate(template) };
}

// A schedule as CloudFormation (and Pulumi, in its own case) takes it, checked.
function schedulerSchedule(props, where, describe) {
  const known = ['Name', 'Description', 'ScheduleExpression', 'ScheduleExpressionTimezone', 'StartDate', 'EndDate', 'FlexibleTimeWindow', 'State', 'Target'];
  const unknown = Object.keys(props).filter((k) => !known.includes(k));
  if (unknown.length) throw new Error(`${where}: unexpected members ${unknown}`);
  for (const key of ['Name', 'ScheduleExpression'])
    if (typeof props[key] !== 'string') throw new Error(`${where}: ${key} is not a string`);
  const window = props.FlexibleTimeWindow || {};
  const flexible = window.Mode === 'FLEXIBLE';
  if (!['OFF', 'FLEXIBLE'].includes(window.Mode) || ('MaximumWindowInMinutes' in window) !== flexible)
    throw new Error(`${where}: FlexibleTimeWindow ${JSON.stringify(window)}`);
  if (flexible && !Number.isInteger(window.MaximumWindowInMinutes))
    throw new Error(`${where}: MaximumWindowInMinutes is not a whole number`);
  const target = props.Target || {};
  if (Object.keys(target).some((k) => !['Arn', 'RoleArn', 'Input'].includes(k)) || !('Arn' in target) || !('RoleArn' in target))
    throw new Error(`${where}: Target has members ${Object.keys(target)} (Scheduler's: Arn, RoleArn, Input)`);
  const got = {
    Name: props.Name,
    ScheduleExpression: props.ScheduleExpression,
    ScheduleExpressionTimezone: props.ScheduleExpressionTimezone ?? '',
    StartDate: props.StartDate ?? '',
    EndDate: props.EndDate ?? '',
    FlexibleTimeWindow: window,
    Target: { Arn: describe(target.Arn), RoleArn: describe(target.RoleArn) },
  };
  if ('Input' in target) {
    if (typeof target.Input !== 'string') throw new Error(`${where}: Target.Input is not a string`);
    got.Target.Input = target.Input;
  }
  return got;
}

// The rule's ScheduleExpression and Scheduler's schedules; {} without either.
function scheduleFromTemplate(t) {
  const resources = t.Resources || {};
  const schedules = Object.entries(resources)
    .filter(([, r]) => r && r.Type === 'AWS::Scheduler::Schedule')
    .map(([name, r]) => schedulerSchedule(r.Properties || {}, `Resources.${name}.Properties`, (v) => describeRef(v, t)));
  const rule = Object.values(resources).find((r) => r && r.Type === 'AWS::Events::Rule');
  const expression = rule && rule.Properties ? rule.Properties.ScheduleExpression : undefined;
  if (expression === undefined && schedules.length === 0) return {};
  if (expression !== undefined && typeof expression !== 'string') throw new Error('ScheduleExpression is not a string');
  return { schedule: expression ?? null, schedules };
}

// The targets of the template's one AWS::Events::Rule (Id, Arn, RoleArn,
// Input, InputPath, InputTransformer) and its AWS::Lambda::Permissions.
function describeRef(value, t) {
  if (typeof value === 'string') return value;
  const params = t.Parameters || {};
  const res = t.Resources || {};
  if (value && typeof value === 'object' && Object.keys(value).length === 1) {
    if ('Ref' in value && value.Ref in params) return 'parameter:' + value.Ref;
    const att = value['Fn::GetAtt'];
    if (Array.isArray(att) && att.length === 2 && att[1] === 'Arn' && res[att[0]] && res[att[0]].Type === 'AWS::IAM::Role')
      return 'role:' + att[0];
  }
  return JSON.stringify(value);
}

function targetsFromTemplate(t) {
  const resources = t.Resources;
  const rules = Object.entries(resources).filter(([, r]) => r && r.Type === 'AWS::Events::Rule');
  if (rules.length === 0) return { targets: [], permissions: [] }; // Scheduler's schedules alone
  const [name, rule] = rules[0];
  const targets = [];
  for (const target of rule.Properties.Targets || []) {
    const unknown = Object.keys(target).filter(
      (k) => !['Id', 'Arn', 'RoleArn', 'Input', 'InputPath', 'InputTransformer'].includes(k),
    );
    if (unknown.length) throw new Error(`target ${target.Id} has unexpected members ${unknown}`);
    const got = { Id: target.Id, Arn: describeRef(target.Arn, t) };
    if ('RoleArn' in target) got.RoleArn = describeRef(target.RoleArn, t);
    for (const key of ['Input', 'InputPath']) {
      if (key in target) {
        if (typeof target[key] !== 'string') throw new Error(`target ${target.Id}: ${key} is not a string`);
        got[key] = target[key];
      }
    }
    if ('InputTransformer' in target) {
      const tr = target.InputTransformer;
      if (typeof tr.InputTemplate !== 'string') throw new Error(`target ${target.Id}: InputTemplate is not a string`);
      got.InputTransformer = { InputPathsMap: tr.InputPathsMap || {}, InputTemplate: tr.InputTemplate };
    }
    targets.push(got);
  }
  const permissions = Object.values(resources)
    .filter((r) => r && r.Type === 'AWS::Lambda::Permission')
    .map((r) => ({
      FunctionName: r.Properties.FunctionName,
      Action: r.Properties.Action,
      Principal: r.Properties.Principal,
      SourceArnIsRule: JSON.stringify(r.Properties.SourceArn) === JSON.stringify({ 'Fn::GetAtt': [name, 'Arn'] }),
    }));
  return { targets, permissions };
}

function ruleFromTemplate(t) {
  if (t === null || typeof t !== 'object' || Array.isArray(t)) throw new Error('template is not an object');
  const resources = t.Resources;
  if (resources === null || typeof resources !== 'object' || Array.isArray(resources))
    throw new Error('template has no Resources object');
  const rules = Object.entries(resources).filter(
    ([, r]) => r !== null && typeof r === 'object' && r.Type === 'AWS::Events::Rule',
  );
  const scheduled = Object.values(resources).some((r) => r && r.Type === 'AWS::Scheduler::Schedule');
  if (rules.length === 0 && scheduled) return null; // Scheduler's schedules alone
  if (rules.length !== 1) throw new Error(`expected exactly one AWS::Events::Rule, found ${rules.length}`);
  const [name, rule] = rules[0];
  const props = rule.Properties;
  if (props !== null && typeof props === 'object' && !('EventPattern' in props) && typeof props.ScheduleExpression === 'string')
    return null; // a rule with only a schedule
  if (props === null || typeof props !== 'object' || !('EventPattern' in props))
    throw new Error(`resource ${name} has no Properties.EventPattern`);
  return props.EventPattern;
}

// ---------------------------------------------------------------- Pulumi (stub)

function runPulumiTs(js, idx) {
  const calls = [];
  class EventRule {
    constructor(name, args, opts) {
      calls.push({ name, args, opts });
      this.name = args && args.name !== undefined ? args.name : name;
      this.arn = `arn:aws:events:us-east-1:000000000000:rule/${this.name}`;
    }
  }
  const targetCalls = [];
  const permissionCalls = [];
  class EventTarget {
    constructor(name, args) {
      targetCalls.push({ name, args });
    }
  }
  class Permission {
    constructor(name, args) {
      permissionCalls.push({ name, args });
    }
  }
  const scheduleCalls = [];
  class Schedule {
    constructor(name, args) {
      scheduleCalls.push({ name, args });
    }
  }
  const awsStub = { cloudwatch: { EventRule, EventTarget }, lambda: { Permission }, scheduler: { Schedule } };
  const req = (m) => {
    if (m === '@pulumi/aws') return awsStub;
    throw new Error(`import of '${m}' is not available in the pulumi-ts checker`);
  };
  const fileName = path.join(VDIR, `in${idx}.pulumi.js`);
  try {
    runCjs(js, fileName, req);
  } catch (e) {
    throw new Error('executing snippet: ' + errText(e, fileName));
  }
  const seen = new Set();
  const schedules = scheduleCalls.map(({ name, args: a }) => {
    if (seen.has(name)) throw new Error(`two Schedules named ${name}`);
    seen.add(name);
    const window = { Mode: a.flexibleTimeWindow.mode };
    if ('maximumWindowInMinutes' in a.flexibleTimeWindow) window.MaximumWindowInMinutes = a.flexibleTimeWindow.maximumWindowInMinutes;
    const target = { Arn: a.target.arn, RoleArn: a.target.roleArn };
    if ('input' in a.target) target.Input = a.target.input;
    const props = { Name: a.name, ScheduleExpression: a.scheduleExpression, FlexibleTimeWindow: window, Target: target };
    if ('description' in a) props.Description = a.description;
    if ('scheduleExpressionTimezone' in a) props.ScheduleExpressionTimezone = a.scheduleExpressionTimezone;
    if ('startDate' in a) props.StartDate = a.startDate;
    if ('endDate' in a) props.EndDate = a.endDate;
    return schedulerSchedule(props, `Schedule ${name}`, (v) => v);
  });
  if (calls.length === 0 && schedules.length > 0)
    return { pattern: null, targets: [], permissions: [], schedule: null, schedules };
  if (calls.length !== 1) throw new Error(`expected exactly one aws.cloudwatch.EventRule, found ${calls.length}`);
  const { args } = calls[0];
  const expression = args ? args.scheduleExpression : undefined;
  if (expression !== undefined && typeof expression !== 'string') throw new Error('scheduleExpression is not a string');
  const timed = expression !== undefined || schedules.length > 0 ? { schedule: expression ?? null, schedules } : {};
  if (args && args.eventPattern === undefined && expression !== undefined)
    return { pattern: null, targets: [], permissions: [], ...timed, ...pulumiTargets(args, targetCalls, permissionCalls) };
  if (!args || typeof args.eventPattern !== 'string')
    throw new Error(`EventRule args.eventPattern is not a string (got ${args ? typeof args.eventPattern : 'no args'})`);
  let pattern;
  try {
    pattern = JSON.parse(args.eventPattern);
  } catch (e) {
    throw new Error('eventPattern is not valid JSON: ' + e.message);
  }
  return { pattern, ...timed, ...pulumiTargets(args, targetCalls, permissionCalls) };
}

// The EventTargets and Permissions the stub recorded, as put-targets has them.
function pulumiTargets(args, targetCalls, permissionCalls) {
  const ruleName = args.name;
  const ruleArn = `arn:aws:events:us-east-1:000000000000:rule/${ruleName}`;
  const names = new Set();
  const targets = targetCalls.map(({ name, args: a }) => {
    if (names.has('target:' + name)) throw new Error(`two EventTargets named ${name}`);
    names.add('target:' + name);
    if (a.rule !== ruleName) throw new Error(`EventTarget ${name}: rule is not the rule's name`);
    const got = { Id: a.targetId, Arn: a.arn };
    if ('roleArn' in a) got.RoleArn = a.roleArn;
    if ('input' in a) got.Input = a.input;
    if ('inputPath' in a) got.InputPath = a.inputPath;
    if ('inputTransformer' in a)
      got.InputTransformer = { InputPathsMap: a.inputTransformer.inputPaths || {}, InputTemplate: a.inputTransformer.inputTemplate };
    return got;
  });
  const permissions = permissionCalls.map(({ name, args: a }) => {
    if (names.has('permission:' + name)) throw new Error(`two Permissions named ${name}`);
    names.add('permission:' + name);
    return { FunctionName: a.function, Action: a.action, Principal: a.principal, SourceArnIsRule: a.sourceArn === ruleArn };
  });
  return { targets, permissions };
}

// ---------------------------------------------------------------- CloudFormation JSON

function jsonParseWithLine(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    // Node's JSON.parse message has no line; ask TypeScript's JSON scanner where it is.
    let where = '';
    try {
      const sf = ts.parseJsonText('input.json', text);
      const d = sf.parseDiagnostics && sf.parseDiagnostics[0];
      if (d) {
        const { line, character } = sf.getLineAndCharacterOfPosition(d.start);
        where = `line ${line + 1}:${character + 1}: `;
      }
    } catch {}
    throw new Error(`JSON: ${where}${e.message}`);
  }
}

// ---------------------------------------------------------------- main

function main() {
  const lines = readStdin().split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const inputs = lines.map((line, idx) => {
    try {
      const o = JSON.parse(line);
      return { idx, id: o.id ?? null, format: o.format, text: o.text };
    } catch (e) {
      return { idx, id: null, bad: 'input line is not JSON: ' + e.message };
    }
  });
  const tsItems = inputs.filter(
    (i) => !i.bad && (i.format === 'cdk-ts' || i.format === 'pulumi-ts') && typeof i.text === 'string',
  );
  let compiled;
  try {
    compiled = compileAll(tsItems);
  } catch (e) {
    compiled = new Map(tsItems.map((i) => [i.idx, { error: 'TypeScript compiler failed: ' + e.message }]));
  }
  for (const inp of inputs) {
    let out;
    try {
      if (inp.bad) throw new Error(inp.bad);
      if (typeof inp.text !== 'string') throw new Error('input has no "text" string');
      let found;
      switch (inp.format) {
        case 'cdk-ts':
        case 'pulumi-ts': {
          const c = compiled.get(inp.idx);
          if (c.error) throw new Error(c.error);
          found = inp.format === 'cdk-ts' ? runCdkTs(c.js, inp.idx) : runPulumiTs(c.js, inp.idx);
          break;
        }
        case 'cloudformation-json': {
          const template = jsonParseWithLine(inp.text);
          found = { pattern: ruleFromTemplate(template), ...targetsFromTemplate(template), ...scheduleFromTemplate(template) };
          break;
        }
        default:
          throw new Error('unsupported format');
      }
      if (found.pattern === undefined) throw new Error('recovered pattern is undefined');
      out = { id: inp.id, ok: true, ...found };
    } catch (e) {
      out = { id: inp.id, ok: false, error: clip(e instanceof Error ? e.message : String(e)) };
    }
    writeOut(JSON.stringify(out) + '\n');
  }
  if (cdkOutRoot) fs.rmSync(cdkOutRoot, { recursive: true, force: true });
}

main();
