/**
 * Text folded for matching what an officer types: no tone marks or diacritics, đ as d, lower case,
 * single spaces ("bdv tinh uy" finds "BDV Tỉnh ủy"; "Uỷ" and "Ủy" are the same).
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
