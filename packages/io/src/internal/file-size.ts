import { stat } from "node:fs/promises";
import { ImportError } from "../issue/import-error.js";

/**
 * Checks a file on disk before streaming it: `read_failed` when it cannot be stat'ed, `limit_exceeded`
 * when it is larger than `maxBytes`.
 *
 * @internal
 */
export async function checkFileSize(path: string, file: string, maxBytes: number): Promise<void> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new ImportError("read_failed", {
      file,
      message: { zh: `无法读取文件“${path}”`, en: `cannot read file "${path}"` },
      cause: error,
    });
  }
  if (size > maxBytes) {
    throw new ImportError("limit_exceeded", {
      file,
      message: {
        zh: `文件大小 ${size} 字节超过上限 ${maxBytes}（limits.maxBytes）`,
        en: `the file has ${size} bytes, more than the limit of ${maxBytes} (limits.maxBytes)`,
      },
    });
  }
}
