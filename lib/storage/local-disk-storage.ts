import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { assertStorageKey, type FileStorage } from "./file-storage";

/**
 * Files in one folder on local disk. Keys are checked against the generated-key pattern before
 * they touch a path, so no key can reach outside the folder; files are written with mode 0600.
 */
export function localDiskStorage(root: string): FileStorage {
  const resolved = path.resolve(root);
  const pathOf = (key: string) => {
    assertStorageKey(key);
    return path.join(resolved, key.slice(0, 2), key);
  };
  return {
    async put(key, bytes) {
      const file = pathOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      // "wx": never overwrite an existing file.
      await writeFile(file, bytes, { flag: "wx", mode: 0o600 });
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
