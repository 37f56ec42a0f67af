import { inflateRawSync } from 'node:zlib';

/**
 * The files of a ZIP archive (a .docx is one), read from its central directory with Node's zlib:
 * a reader independent of the library that wrote the file, so a malformed archive fails here.
 * Only what Office files use: stored (0) and deflated (8) entries, no ZIP64, no encryption.
 */
export function readZipEntries(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const endOfDirectory = findEndOfCentralDirectory(view);
  const count = view.getUint16(endOfDirectory + 10, true);
  let offset = view.getUint32(endOfDirectory + 16, true);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const entries = new Map<string, Uint8Array>();
  for (let index = 0; index < count; index += 1) {
    if (view.getUint32(offset, true) !== 0x02014b50) throw new Error(`entry ${index}: no central header`);
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localHeader = view.getUint32(offset + 42, true);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    if (view.getUint32(localHeader, true) !== 0x04034b50) throw new Error(`${name}: no local header`);
    const dataStart =
      localHeader + 30 + view.getUint16(localHeader + 26, true) + view.getUint16(localHeader + 28, true);
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    const content = method === 0 ? data : method === 8 ? inflateRawSync(data) : undefined;
    if (content === undefined) throw new Error(`${name}: compression method ${method} is not read here`);
    if (content.byteLength !== size)
      throw new Error(`${name}: ${content.byteLength} bytes, ${size} declared`);
    entries.set(name, new Uint8Array(content));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  for (let offset = view.byteLength - 22; offset >= Math.max(0, view.byteLength - 65_557); offset -= 1) {
    if (view.getUint32(offset, true) === 0x06054b50) return offset;
  }
  throw new Error('not a ZIP archive: no end of central directory record');
}

/** One entry as UTF-8 text, failing with the names present when it is missing. */
export function zipText(entries: ReadonlyMap<string, Uint8Array>, name: string): string {
  const entry = entries.get(name);
  if (entry === undefined)
    throw new Error(`${name} is not in the archive (${[...entries.keys()].join(', ')})`);
  return new TextDecoder('utf-8', { fatal: true }).decode(entry);
}
