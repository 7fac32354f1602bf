export const sourceLineCount = (sources: readonly { title?: string; doc: string }[]) =>
  new Set(sources.map((s) => s.title ?? s.doc)).size + 2;
