import { generateKeyPairSync, sign, verify } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { canonicalEntry, type CanonicalAuditRow } from "@/lib/domain/audit/canonical-entry";
import { leafHash, toHex } from "@/lib/domain/audit/merkle";
import { treeHeadBytes } from "@/lib/domain/audit/tree-head";
import { auditSigningKey, trustedAuditKeys } from "@/lib/services/audit/signing-key";

const row: CanonicalAuditRow = {
  id: "42",
  at: "2026-12-03T08:00:00.123Z",
  actorId: null,
  actorRole: "municipal",
  action: "application.approve",
  entityType: "application",
  entityId: "a1",
  fromStatus: "municipal_review",
  toStatus: "provincial_review",
  reason: "符合条件",
  data: '{"n": 1}',
};

describe("the canonical audit entry", () => {
  it("is one fixed JSON array behind a version tag, so its leaf hash never changes", () => {
    expect(new TextDecoder().decode(canonicalEntry(row))).toBe(
      '["sme-audit-entry/1","42","2026-12-03T08:00:00.123Z",null,"municipal","application.approve","application","a1","municipal_review","provincial_review","符合条件","{\\"n\\": 1}"]',
    );
    expect(toHex(leafHash(canonicalEntry(row)))).toBe(toHex(leafHash(canonicalEntry({ ...row }))));
  });

  it("keeps fields apart: moving text from one field into the next changes the entry, and null differs from empty", () => {
    const joined = canonicalEntry({ ...row, entityType: "application|a1", entityId: "" });
    expect(toHex(leafHash(joined))).not.toBe(toHex(leafHash(canonicalEntry(row))));
    expect(toHex(leafHash(canonicalEntry({ ...row, reason: "" })))).not.toBe(toHex(leafHash(canonicalEntry({ ...row, reason: null }))));
  });
});

describe("the tree head's signed bytes", () => {
  it("are RFC 6962's TreeHeadSignature: version, type, timestamp and size big-endian, then the root", () => {
    const bytes = treeHeadBytes({ size: 258, root: new Uint8Array(32).fill(7), timestamp: new Date(1_000) });
    expect(Buffer.from(bytes).toString("hex")).toBe("0001" + "00000000000003e8" + "0000000000000102" + "07".repeat(32));
    expect(() => treeHeadBytes({ size: -1, root: new Uint8Array(32), timestamp: new Date() })).toThrow(/size/);
  });
});

describe("the audit signing key", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it("is generated once into the key file, with a warning, and then read back", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "audit-key-"));
    dirs.push(dir);
    const file = path.join(dir, "data", "audit-signing-key.pem");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const first = auditSigningKey({ AUDIT_SIGNING_KEY_FILE: file });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("generated a new signing key"));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(auditSigningKey({ AUDIT_SIGNING_KEY_FILE: file }).keyId).toBe(first.keyId);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(readFileSync(file, "utf8")).toContain("BEGIN PRIVATE KEY");
  });

  it("comes from AUDIT_SIGNING_KEY (with \\n written out), signs verifiably, and trusts the previous keys given", () => {
    const pem = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const key = auditSigningKey({ AUDIT_SIGNING_KEY: pem.replaceAll("\n", "\\n") });
    const bytes = treeHeadBytes({ size: 1, root: new Uint8Array(32), timestamp: new Date() });
    expect(verify(null, bytes, key.publicKey, sign(null, bytes, key.privateKey))).toBe(true);
    const old = generateKeyPairSync("ed25519").publicKey.export({ type: "spki", format: "pem" }).toString();
    expect(trustedAuditKeys({ AUDIT_SIGNING_KEY: pem, AUDIT_PREVIOUS_PUBLIC_KEYS: old }).size).toBe(2);
  });

  it("refuses a key that is not Ed25519, or not a key", () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    expect(() => auditSigningKey({ AUDIT_SIGNING_KEY: rsa })).toThrow(/must be Ed25519, not rsa/);
    expect(() => auditSigningKey({ AUDIT_SIGNING_KEY: "not a key" })).toThrow(/not a PEM private key/);
  });
});
