// Next runs of AWS cron expressions by an independent implementation,
// beemhq/aws-cron-parser (pinned in package-lock.json), for
// tests/schedule_oracle.rs.
//
// stdin, one JSON object a line: {"id", "cron": the six fields, "after": an
// ISO instant, "count"}. stdout, one line each, same order:
// {"id", "ok": true, "runs": ["2026-01-01T10:15:00Z", ...]} (fewer than
// count when the schedule ends) or {"id", "ok": false, "error": ...} (the
// library threw: it gives up after ten months or years without a match).
// The library evaluates in UTC, as EventBridge rules run.
//
// One correction: the library does not check that a day-of-month exists in
// the month it looks at, and carries 31 September into 1 October (Date.UTC
// rolls over). Each answer is checked against the library's own reading of
// the expression (its parsed fields and its day helpers); a day it carried
// over is dropped and the search goes on from the start of the month it
// landed in (the month it meant has no later day). Each answer says how
// many it dropped ("dropped").
//
// With "zone" (an IANA name), the expression is read as EventBridge
// Scheduler reads it in that zone: the library walks the zone's wall clock
// (its UTC calendar used as a plain calendar), and each wall-clock time
// becomes an instant by Node's own time-zone data (ICU, not the tzdata
// Rulecraft reads), with Scheduler's daylight-saving rules: a time the
// clocks skip does not run; a time they repeat runs once, the first time.
'use strict';
process.env.TZ = 'UTC'; // it builds some dates with the local-time Date API
const readline = require('node:readline');
const awsCronParser = require('aws-cron-parser');

const common = require('aws-cron-parser/built/lib/common');
const HOUR = 3600000;

// The days of month `month` of `year` the parsed expression runs on, as the
// library's next() works them out.
function daysOf(parsed, year, month) {
  const dom = parsed.daysOfMonth;
  if (dom.length === 0) return common.getDaysOfMonthFromDaysOfWeek(year, month, parsed.daysOfWeek);
  if (dom[0] === 'L') return common.getDaysOfMonthForL(year, month, dom[1]);
  if (dom[0] === 'W') return common.getDaysOfMonthForW(year, month, dom[1]);
  return dom;
}
// Whether the wall-clock time `d` (a Date read in UTC) is one of the runs.
function matches(parsed, d) {
  const [y, m] = [d.getUTCFullYear(), d.getUTCMonth() + 1];
  return parsed.years.includes(y) && parsed.months.includes(m) && daysOf(parsed, y, m).includes(d.getUTCDate())
    && parsed.hours.includes(d.getUTCHours()) && parsed.minutes.includes(d.getUTCMinutes());
}
let dropped = 0;
// The library's next run after `from`, without days carried over.
function nextRun(parsed, from) {
  for (;;) {
    const n = awsCronParser.next(parsed, from);
    if (!n || matches(parsed, n)) return n;
    dropped += 1;
    // The month it meant has no later run: on from the start of the next.
    from = new Date(Date.UTC(n.getUTCFullYear(), n.getUTCMonth(), 1) - 60000);
  }
}
const formats = new Map();
// The zone's offset from UTC at instant `ms`, in milliseconds.
function offsetAt(zone, ms) {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formats.set(zone, f);
  }
  const parts = {};
  for (const p of f.formatToParts(new Date(ms))) parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second);
  return wall - Math.floor(ms / 1000) * 1000;
}
// The offsets in force within a day of instant `ms`.
function offsetsNear(zone, ms) {
  return [...new Set([offsetAt(zone, ms - 24 * HOUR), offsetAt(zone, ms), offsetAt(zone, ms + 24 * HOUR)])];
}
// The first instant whose wall clock in `zone` reads `wall` (ms, as UTC), or
// null when the clocks skip it.
function firstInstant(zone, wall) {
  const instants = offsetsNear(zone, wall)
    .map((o) => wall - o)
    .filter((t) => offsetAt(zone, t) === wall - t)
    .sort((a, b) => a - b);
  return instants.length ? instants[0] : null;
}
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');

function runsInZone(parsed, zone, afterMs, count) {
  const runs = [];
  // No wall-clock time before this one can fall after `afterMs`.
  let wall = new Date(afterMs + Math.min(...offsetsNear(zone, afterMs)));
  while (runs.length < count) {
    const next = nextRun(parsed, wall);
    if (!next) break;
    wall = next;
    const t = firstInstant(zone, next.getTime());
    if (t !== null && t > afterMs) runs.push(iso(t));
  }
  return runs;
}

const out = [];
const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on('line', (line) => {
  if (!line.trim()) return;
  const c = JSON.parse(line);
  dropped = 0;
  try {
    const parsed = awsCronParser.parse(c.cron);
    let runs = [];
    if (c.zone) {
      runs = runsInZone(parsed, c.zone, Date.parse(c.after), c.count);
    } else {
      let from = new Date(c.after);
      while (runs.length < c.count) {
        const next = nextRun(parsed, from);
        if (!next) break;
        runs.push(iso(next.getTime()));
        from = next;
      }
    }
    out.push(JSON.stringify({ id: c.id, ok: true, runs, dropped }));
  } catch (e) {
    out.push(JSON.stringify({ id: c.id, ok: false, error: String(e && e.message ? e.message : e) }));
  }
});
lines.on('close', () => {
  process.stdout.write(out.length ? out.join('\n') + '\n' : '');
});
