import fc from "fast-check";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as certificate } from "@/app/api/certificates/[recognitionId]/route";
import { GET as evidence } from "@/app/staff/batches/[batchId]/evidence/[documentId]/route";
import type { Actor } from "@/lib/auth/roles";
import { nastyString } from "../unit/support/hostile-inputs";
import { actAs } from "./support/acting-as";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, FUJIAN, FUZHOU, seedRegions } from "./support/fixtures";

vi.mock("@/lib/auth/current-actor", () => import("./support/acting-as"));

/**
 * The routes that read a record named in the URL — a certificate, an objection's evidence — with
 * random ids and callers: an id that names nothing readable is a plain 404 (or 401 without a
 * session where one is needed), never a 5xx from a malformed id reaching the database.
 */
let db: FreshDatabase;
let callers: (Actor | null)[];

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  callers = [null, await createActor(db, "provincial", FUJIAN), await createActor(db, "municipal", FUZHOU), await createActor(db, "ministry")];
});
afterAll(async () => db.destroy());

const id = fc.oneof(nastyString, fc.uuid());

describe("reading by an id from the URL", () => {
  it("a certificate of no recognition is 404 for any id", async () => {
    await fc.assert(
      fc.asyncProperty(id, async (recognitionId) => {
        const response = await certificate(new Request("http://localhost/api/certificates/x"), { params: Promise.resolve({ recognitionId }) });
        expect(response.status).toBe(404);
      }),
      { numRuns: 60 },
    );
  });

  it("an objection's evidence that does not exist is 404, or 401 without a session, for any ids", async () => {
    await fc.assert(
      fc.asyncProperty(id, id, fc.integer({ min: 0, max: 3 }), async (batchId, documentId, who) => {
        actAs(callers[who]!);
        const response = await evidence(new Request("http://localhost/x"), { params: Promise.resolve({ batchId, documentId }) });
        // Malformed ids are turned away before the session is read; well-formed ones need a session.
        const wellFormed = (v: string) => z.string().uuid().safeParse(v).success;
        expect(response.status).toBe(callers[who] === null && wellFormed(batchId) && wellFormed(documentId) ? 401 : 404);
      }),
      { numRuns: 60 },
    );
  });
});
