/** Replaces the text between two marker comments of a document (markers included) with `block`, which carries its own markers. */
export function replaceGeneratedBlock(doc: string, begin: string, end: string, block: string): string {
  const start = doc.indexOf(begin);
  const stop = doc.indexOf(end);
  if (start < 0 || stop < 0) throw new Error(`document has no "${begin}" … "${end}" markers`);
  return doc.slice(0, start) + block + doc.slice(stop + end.length);
}
