/** Little-endian byte writer and reader with unsigned LEB128 varints, for the binary index. */
import { growU8 } from './growable';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class ByteWriter {
  private readonly out = growU8(1 << 16);
  private readonly scratch = new DataView(new ArrayBuffer(8));

  get length(): number {
    return this.out.length;
  }

  varint(value: number): void {
    let v = value >>> 0;
    while (v >= 0x80) {
      this.out.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    this.out.push(v);
  }

  u32(value: number): void {
    for (let i = 0; i < 4; i += 1) this.out.push((value >>> (8 * i)) & 0xff);
  }

  f64(value: number): void {
    this.scratch.setFloat64(0, value, true);
    for (let i = 0; i < 8; i += 1) this.out.push(this.scratch.getUint8(i));
  }

  string(s: string): void {
    const b = encoder.encode(s);
    this.varint(b.length);
    for (const byte of b) this.out.push(byte);
  }

  /** Overwrites a u32 written earlier (for lengths known only at the end). */
  patchU32(at: number, value: number): void {
    for (let i = 0; i < 4; i += 1) this.out.set(at + i, (value >>> (8 * i)) & 0xff);
  }

  result(): Uint8Array {
    return this.out.toArray();
  }
}

export class ByteReader {
  private readonly view: DataView;
  pos: number;

  constructor(
    readonly bytes: Uint8Array,
    start = 0,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.pos = start;
  }

  varint(): number {
    const b = this.bytes;
    let pos = this.pos;
    let byte = b[pos++]!;
    let value = byte & 0x7f;
    let shift = 7;
    while (byte & 0x80) {
      if (pos >= b.length || shift > 28)
        throw new RangeError('the search index is truncated or corrupt');
      byte = b[pos++]!;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    }
    this.pos = pos;
    return value;
  }

  u32(): number {
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }

  f64(): number {
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  string(): string {
    const n = this.varint();
    if (this.pos + n > this.bytes.length) throw new RangeError('the search index is truncated');
    const s = decoder.decode(this.bytes.subarray(this.pos, this.pos + n));
    this.pos += n;
    return s;
  }
}
