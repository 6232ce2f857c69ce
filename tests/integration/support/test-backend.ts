/** Which engine this run of the integration suite uses: `TEST_DATABASE=pglite|postgres`. */
export type TestBackend = "pglite" | "postgres";

export function testBackend(): TestBackend {
  const value = process.env.TEST_DATABASE ?? "pglite";
  if (value !== "pglite" && value !== "postgres") throw new Error(`TEST_DATABASE must be pglite or postgres, not ${value}`);
  return value;
}
