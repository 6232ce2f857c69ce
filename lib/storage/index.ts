import "server-only";
import type { FileStorage } from "./file-storage";
import { localDiskStorage } from "./local-disk-storage";

export type { FileStorage } from "./file-storage";

const holder = globalThis as unknown as { __smeStorage?: FileStorage };

/** The configured file storage: local disk under UPLOAD_DIR (default ./uploads). */
export function fileStorage(): FileStorage {
  holder.__smeStorage ??= localDiskStorage(process.env.UPLOAD_DIR || "./uploads");
  return holder.__smeStorage;
}

/** Tests install their own (temporary folder) storage with this. */
export function useFileStorage(storage: FileStorage): void {
  holder.__smeStorage = storage;
}
