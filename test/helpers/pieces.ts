/** Each piece of a streamed output as text (pieces may come as UTF-8 bytes). */
export async function piecesAsText(pieces: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): Promise<string[]> {
  const decoder = new TextDecoder();
  const out: string[] = [];
  for await (const piece of pieces) out.push(typeof piece === 'string' ? piece : decoder.decode(piece));
  return out;
}
