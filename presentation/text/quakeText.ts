// Earthquake wording: intensity (烈度) as the Chinese scale writes it, in Roman numerals
// (GB/T 17742: I–XII), rounded to the nearest degree.
const ROMAN = ['0', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

export function romanIntensity(i: number): string {
  return ROMAN[Math.max(0, Math.min(12, Math.round(i)))];
}
