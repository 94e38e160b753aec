/**
 * Deterministic UUID4-shaped ids from names, so the seed has the same ids on every run and docs
 * can name them, while the ids still pass Polar's UUID4 validation.
 */
export function uuidFor(name: string): string {
  const bytes = new Uint8Array(16);
  // Four independent 32-bit FNV-1a lanes over the name, each seeded differently.
  for (let lane = 0; lane < 4; lane++) {
    let h = (0x811c9dc5 ^ Math.imul(lane + 1, 0x9e3779b1)) >>> 0;
    for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) >>> 0;
    h = (h ^ (h >>> 13)) >>> 0;
    for (let b = 0; b < 4; b++) bytes[lane * 4 + b] = (h >>> (b * 8)) & 0xff;
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A fresh random UUID4 for rows created at run time. */
export const newId = (): string => crypto.randomUUID();
