/**
 * Text as XML character data or attribute value: markup characters escaped
 * and the control characters XML 1.0 forbids dropped, so a label like
 * `</text><script>` stays text in every file Puentes writes.
 */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
      // Control characters XML 1.0 does not allow, even escaped: removed on purpose.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
  );
}
