#!/usr/bin/env node
/**
 * The npm registry these machines reach does not serve every platform build of a few packages
 * with native binaries (@swc/core, @next/swc, @tailwindcss/oxide for macOS, Windows…). npm then
 * writes a lock file without them, and `npm ci` refuses that lock file as out of sync.
 * This adds an entry for each missing optional platform package, with its os/cpu, so `npm ci`
 * accepts the lock and skips them on this platform exactly as it would with a complete lock.
 * Run it after any `npm install` that rewrites package-lock.json (docs/decisions/004).
 */
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
const packages = lock.packages;

function platformOf(name) {
  const suffix = name
    .split("/")
    .pop()
    .replace(/^(core|swc|oxide)-/, "");
  if (suffix === "wasm32-wasi") return { cpu: ["wasm32"] };
  const [os, cpu, libc] = suffix.split("-");
  const entry = { os: [os], cpu: [cpu] };
  if (libc === "gnu" || libc === "gnueabihf") entry.libc = ["glibc"];
  if (libc === "musl") entry.libc = ["musl"];
  return entry;
}

let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    if (!/^@(swc|next|tailwindcss)\//.test(name)) continue;
    const base = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[base] || packages[hoisted]) continue;
    packages[hoisted] = { version, ...platformOf(name), optional: true };
    added += 1;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lockfile-platform-stubs: ${added} platform entries added`);
