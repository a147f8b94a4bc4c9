#!/usr/bin/env node
// Scans the Electron code and the renderer's HTML with electronegativity, prints every finding,
// and fails on any HIGH finding and on any MEDIUM one not listed below with its reason.
// Usage: npm run security [-- <paths to scan, relative to the project>]
// The CLI always exits 0 and its CSV writer races its own header, so this uses its documented
// programmatic API instead.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity');
// Resolving package.json never runs electron's index.js, which would try to download the binary.
const electronVersion = require('electron/package.json').version;

const root = process.cwd();
const scanned = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['electron', 'renderer/index.html'];

/** MEDIUM findings that are reminders to review, not faults; each with why it is accepted. */
const ACCEPTED_MEDIUM = {
  PRELOAD_JS_CHECK:
    'A reminder to review the preload: it is sandboxed, bundled, and exposes only window.kiosk, built from the contract (electron/preload/index.ts).',
};

// One folder holding exactly what is scanned, so paths in the report read as they do in the repo.
const scanRoot = mkdtempSync(join(tmpdir(), 'hearth-security-'));
try {
  for (const path of scanned) cpSync(resolve(root, path), join(scanRoot, path), { recursive: true });
  const result = await run({
    input: scanRoot,
    electronVersionOverride: electronVersion,
    isRelative: true,
    customScan: [],
    excludeFromScan: [],
    parserPlugins: [],
  });
  process.exitCode = report(result);
} finally {
  rmSync(scanRoot, { recursive: true, force: true });
}

function report({ issues, errors, globalChecks, atomicChecks }) {
  console.log(`\nelectronegativity on ${scanned.join(', ')} (Electron ${electronVersion}; ${globalChecks} global and ${atomicChecks} atomic checks)\n`);
  const rows = issues
    .map((issue) => {
      const severity = issue.severity.name;
      const accepted = severity === 'MEDIUM' ? ACCEPTED_MEDIUM[issue.id] : undefined;
      const fails = issue.severity.value >= 3 || (severity === 'MEDIUM' && !accepted);
      return {
        severity,
        confidence: issue.confidence.name,
        check: issue.id + (issue.manualReview ? ' (review)' : ''),
        where: issue.file === 'N/A' ? 'N/A' : `${issue.file}:${issue.location.line}:${issue.location.column}`,
        finding: issue.description,
        verdict: fails ? 'FAILS' : accepted ? 'accepted' : 'ok',
        accepted,
      };
    })
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity));

  if (rows.length === 0) console.log('No findings.');
  else printTable(rows, ['severity', 'confidence', 'check', 'where', 'finding', 'verdict']);
  for (const row of rows.filter((r) => r.accepted)) console.log(`\naccepted ${row.check}: ${row.accepted}`);

  const unreadable = errors.filter((e) => !e.tolerable);
  for (const error of unreadable) console.log(`\nCould not scan ${error.file}: ${error.message}`);
  const failing = rows.filter((r) => r.verdict === 'FAILS');
  if (failing.length > 0 || unreadable.length > 0) {
    console.log(`\nSecurity scan FAILED: ${failing.length} finding(s) to fix, ${unreadable.length} file(s) not scanned.`);
    return 1;
  }
  console.log(`\nSecurity scan passed: no HIGH finding, no MEDIUM finding beyond the accepted ${Object.keys(ACCEPTED_MEDIUM).join(', ')}.`);
  return 0;
}

function severityRank(name) {
  return ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'].indexOf(name);
}

function printTable(rows, columns) {
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ');
  console.log(line(columns));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(columns.map((c) => row[c])));
}
