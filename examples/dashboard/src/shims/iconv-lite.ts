// A browser stand-in for iconv-lite, which @ducha/io's CSV decoder imports. iconv-lite needs Node's
// `buffer` and `string_decoder`; the browser's TextDecoder knows the same encodings (GB18030, UTF-16).
// The dashboard decodes files itself (see ../engine/read-data.ts) and hands @ducha/io text, so this
// only has to load; it still decodes correctly if called with a Uint8Array.

function encodingExists(encoding: string): boolean {
  try {
    new TextDecoder(encoding);
    return true;
  } catch {
    return false;
  }
}

function getDecoder(encoding: string, options: { stripBOM?: boolean } = {}) {
  const decoder = new TextDecoder(encoding, { ignoreBOM: options.stripBOM === false });
  return {
    write: (bytes: Uint8Array) => decoder.decode(bytes, { stream: true }),
    end: () => decoder.decode(),
  };
}

export default { encodingExists, getDecoder };
